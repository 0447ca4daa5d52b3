# The hub as one container. Build: docker build -t problem-solving-hub .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 hub
WORKDIR /app
COPY --from=build /build/target/problem-solving-hub-*.jar /app/hub.jar
USER hub
EXPOSE 8080
# The postgres profile: no demo force, and the administrator's password must come from the environment.
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/hub.jar"]
