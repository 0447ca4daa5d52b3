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
COPY --from=build /build/target/problem-solving-hub-*.jar /tmp/hub.jar
# Class data sharing, for a start-up about a third quicker (docs/performance.md, P4): the jar extracted
# (the JVM cannot share classes read from jars nested in a jar), then one training run that starts the
# application on an in-memory H2 database and exits once its context is up, writing the classes it loaded,
# parsed and verified to hub.jsa. Every start maps them from there. Made here, in the image that runs it,
# because an archive only fits the JVM build that wrote it.
RUN java -Djarmode=tools -jar /tmp/hub.jar extract --destination /app \
 && rm /tmp/hub.jar \
 && HUB_DB_URL="jdbc:h2:mem:cds-training;DB_CLOSE_DELAY=-1" HUB_DEMO=false PORT=0 \
    java -XX:ArchiveClassesAtExit=/app/hub.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
         -Dspring.context.exit=onRefresh -jar /app/hub.jar > /tmp/cds-training.log 2>&1 \
 || (cat /tmp/cds-training.log; exit 1)
USER hub
EXPOSE 8080
# The postgres profile: no demo force, and the administrator's password must come from the environment.
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# A start whose archive does not fit (another JVM) says so in one warning line and runs without it.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/hub.jsa", "-jar", "/app/hub.jar"]
