package org.problemsolvinghub.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Remembers which method answers each property Camunda's SQL mappings read, where MyBatis' expression language
 * (OGNL) looks it up again at every read.
 * <p>
 * Camunda builds each query's SQL by evaluating a few hundred {@code <if test="query.x != null">} conditions.
 * OGNL caches a property's {@code getX}/{@code isX} method, but not a method named like the property itself
 * ({@code query.isOrQueryActive}, {@code query.isTenantIdSet}, ...): for those it scans every public method of
 * the class, lower-casing each name, at every read ({@code OgnlRuntime.getReadMethod}). On Tasklist's requests
 * that scan was 18 % of the request threads' CPU (issue #8, docs/performance.md). This accessor finds the method
 * as OGNL does, once per class and property, and then calls it as OGNL does; everything else is OGNL's own.
 */
@Component
class MyBatisPropertyReads extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        install();
    }

    /** Before the engine's first query: OGNL remembers the accessor it found for each class. */
    static synchronized void install() {
        try {
            if (!(OgnlRuntime.getPropertyAccessor(Object.class) instanceof RememberingAccessor)) {
                OgnlRuntime.setPropertyAccessor(Object.class, new RememberingAccessor());
            }
        } catch (OgnlException e) {
            throw new IllegalStateException("OGNL's property accessors", e);
        }
    }

    static final class RememberingAccessor extends ObjectPropertyAccessor {

        private final ClassValue<Map<String, Optional<Method>>> readMethods = new ClassValue<>() {
            @Override
            protected Map<String, Optional<Method>> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };

        /** As {@link ObjectPropertyAccessor#getPossibleProperty}: the read method if accessible, else the field. */
        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            Class<?> type = target.getClass();
            Optional<Method> method = readMethods.get(type).computeIfAbsent(name, n -> readMethod(type, n));
            try {
                if (method.isPresent() && context.getMemberAccess().isAccessible(context, target, method.get(), name)) {
                    return OgnlRuntime.invokeMethod(target, method.get(), OgnlRuntime.NoArguments);
                }
                return OgnlRuntime.getFieldValue(context, target, name, true);
            } catch (InvocationTargetException e) {
                throw new OgnlException(name, e.getTargetException());
            } catch (Exception e) {
                throw new OgnlException(name, e);
            }
        }

        /** OGNL's own search ({@code OgnlRuntime.getMethodValue}): its cached getter, else its read-method scan. */
        private static Optional<Method> readMethod(Class<?> type, String name) {
            Method getter = OgnlRuntime.getGetMethod(type, name);
            return Optional.ofNullable(getter != null ? getter : OgnlRuntime.getReadMethod(type, name, null));
        }
    }
}
