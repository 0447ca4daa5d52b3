package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

/**
 * The hub's repositories hold no JPQL strings. Spring Data checks each JPQL {@code @Query} when the repository
 * is made, with Hibernate's and Spring Data's ANTLR parsers, and those cold parsers cost about 0.8 s of a
 * 12 s start (docs/performance.md, P4). Derived queries, criteria ({@code Specification}) and
 * native SQL do not start them.
 */
class RepositoryQueriesTest {

    @Test
    void noRepositoryMethodCarriesAJpqlQuery() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));

        List<String> repositories = new ArrayList<>();
        List<String> jpql = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.problemsolvinghub")) {
            Class<?> repository = ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader());
            repositories.add(repository.getSimpleName());
            for (Method method : repository.getDeclaredMethods()) {
                Query query = method.getAnnotation(Query.class);
                if (query != null && !query.nativeQuery()) {
                    jpql.add(repository.getSimpleName() + "." + method.getName() + ": " + query.value());
                }
            }
        }

        assertThat(repositories).as("the scan finds the hub's repositories").contains("PmpRepository", "RotationRepository");
        assertThat(jpql).as("JPQL strings in repositories: write them as derived queries or criteria").isEmpty();
    }
}
