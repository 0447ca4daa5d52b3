package org.problemsolvinghub.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Spring Security 6.5, wherever Spring MVC is present, puts a filter ahead of its chain that asks Spring MVC which
 * handler each request goes to ({@code HandlerMappingIntrospector}) and keeps the answer for the request, for MVC
 * request matchers and CORS decisions. The hub uses neither: it matches paths with {@code PathPatternRequestMatcher}
 * (the engine's REST API is not Spring MVC) and allows no cross-origin calls. So for every request, those to
 * {@code /engine-rest} and Tasklist's included, the look-up went through every handler mapping for nothing: 12 % of
 * the request threads' samples under Tasklist's load (issue #8, docs/performance.md).
 * <p>
 * This takes that filter out again, after Spring Security has put it in, by giving {@code springSecurityFilterChain}
 * back the definition Spring Security wrapped. Should a later Spring Security wrap it otherwise, it is left as it is.
 * Were anything in the hub to ask Spring MVC's introspector during a request after all, it would still be answered
 * (without the kept answer, and Spring says so once in the log); {@code NoMvcIntrospectionTest} checks that nothing
 * does.
 */
@Configuration(proxyBeanMethods = false)
class NoMvcIntrospection {

    private static final Logger LOG = LoggerFactory.getLogger(NoMvcIntrospection.class);

    static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;

    /** Runs after every bean definition registry post-processor, Spring Security's included. */
    @Bean
    static BeanFactoryPostProcessor springSecurityChainUnwrapped() {
        return beanFactory -> unwrap(beanFactory);
    }

    static void unwrap(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition chain = registry.getBeanDefinition(CHAIN);
        BeanDefinition without = withoutIntrospection(chain);
        if (without == null) {
            LOG.info("Spring Security's filter chain is not wrapped as the hub knows it; left as it is");
        } else if (without != chain) {
            registry.removeBeanDefinition(CHAIN);
            registry.registerBeanDefinition(CHAIN, without);
        }
    }

    /**
     * The definition with Spring MVC's wrapper taken out, where it is: itself, or among the filters of Spring
     * Security's other wrapper (which parses each request's path once for the path matchers: kept). {@code null}
     * when it is not found as expected.
     */
    private static BeanDefinition withoutIntrospection(BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (type == null || !type.endsWith("$CompositeFilterChainProxy")) {
            return null;
        }
        ValueHolder filters = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        if (filters == null || !(filters.getValue() instanceof List<?> list) || list.size() != 2) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object> members = (List<Object>) list;
        if (type.endsWith("WebMvcSecurityConfiguration$CompositeFilterChainProxy")) {
            // its filters: the introspector's caching filter (a factory bean), then the chain it wrapped
            return members.get(1) instanceof BeanDefinition wrapped && members.get(0) instanceof BeanDefinition cache
                    && String.valueOf(cache.getBeanClassName()).contains("HandlerMappingIntrospector") ? wrapped : null;
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) instanceof BeanDefinition member && member.getBeanClassName() != null
                    && member.getBeanClassName().endsWith("$CompositeFilterChainProxy")) {
                BeanDefinition without = withoutIntrospection(member);
                if (without != null) {
                    members.set(i, without);
                }
                return without == null ? null : definition;
            }
        }
        return null;
    }
}
