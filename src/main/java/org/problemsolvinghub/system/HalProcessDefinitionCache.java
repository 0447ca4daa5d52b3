package org.problemsolvinghub.system;

import java.util.Map;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheConfiguration;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the process definitions that Tasklist's pages of tasks embed (HAL, {@code _embedded.processDefinition})
 * in memory, so that a page does not look them up again every time. Every Tasklist refresh asks for one page,
 * and the definitions only change when a new version is deployed, which is a new id and so a new entry.
 *
 * <p>Only process definitions are cached. A cached entry is given out without asking the engine again whether
 * the caller may read it, and for definitions that asks nothing new: everyone who may hold a task may read its
 * process's definition ({@code AccessPolicy.processReaders}), and the page holds only tasks the caller can see.
 * Users and groups are not cached: partners may not read police users' or groups' names, and a cache would
 * hand them what a police officer's page looked up.
 *
 * <p>Camunda's HAL caches are one per JVM, shared by {@code /engine-rest} and the webapps' engine API.
 */
@Component
class HalProcessDefinitionCache implements DisposableBean {

    HalProcessDefinitionCache(@Value("${hub.hal.process-definition-cache-seconds}") long secondsToLive) {
        if (secondsToLive > 0) {
            HalRelationCacheConfiguration configuration = new HalRelationCacheConfiguration();
            configuration.setCacheImplementationClass(DefaultHalResourceCache.class);
            configuration.addCacheConfiguration(HalProcessDefinition.class,
                    Map.of("capacity", 500, "secondsToLive", secondsToLive));
            new HalRelationCacheBootstrap().configureCaches(configuration);
        }
    }

    @Override
    public void destroy() {
        Hal.getInstance().destroyHalRelationCaches();
    }
}
