package org.problemsolvinghub.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Puts one of the hub's own managers in place of the engine's, for every command. */
final class EngineManagers {

    private EngineManagers() {
    }

    /** A custom factory for a session type replaces the engine's own ({@code ProcessEngineConfigurationImpl}). */
    static void replace(ProcessEngineConfigurationImpl configuration, Class<? extends Session> type,
            Supplier<? extends Session> manager) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return manager.get();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
