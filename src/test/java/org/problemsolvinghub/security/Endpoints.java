package org.problemsolvinghub.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints the access matrix covers, read from the application itself rather than listed by
 * hand, so that a new one shows up in the matrix (and fails it until it has a rule): the hub's Spring
 * MVC mappings under {@code /api}, the JAX-RS resources of the engine's REST API under the roots that
 * hold cases, people and grants, and the webapps' own APIs.
 */
final class Endpoints {

    enum Door { API, ENGINE_REST, WEBAPP }

    /** One endpoint: its door, HTTP method and path template; {@code requiredParams} a GET must carry. */
    record Endpoint(Door door, String method, String template, List<String> requiredParams) {

        String key() {
            return method + " " + template;
        }

        boolean reads() {
            return method.equals("GET") || method.equals("OPTIONS");
        }
    }

    /** The engine REST roots that matter: cases, their history and variables, filters, deployments, people, grants. */
    static final List<String> ENGINE_REST_ROOTS = List.of("TaskRestService", "ProcessInstanceRestService",
            "ExecutionRestService", "VariableInstanceRestService", "history.HistoryRestService", "FilterRestService",
            "DeploymentRestService", "UserRestService", "GroupRestService", "AuthorizationRestService");

    private Endpoints() {
    }

    static List<Endpoint> hubApi(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> required = new ArrayList<>();
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null && param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)) {
                    required.add(!param.name().isEmpty() ? param.name()
                            : !param.value().isEmpty() ? param.value() : parameter.getParameterName());
                }
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(Door.API, "GET", pattern, required));
                }
                methods.forEach(m -> endpoints.add(new Endpoint(Door.API, m.name(), pattern, required)));
            }
        }
        return sorted(endpoints);
    }

    static List<Endpoint> engineRest() throws ReflectiveOperationException {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (String root : ENGINE_REST_ROOTS) {
            Class<?> service = Class.forName("org.camunda.bpm.engine.rest." + root);
            String path = (String) service.getField("PATH").get(null);
            walk(service, "/engine-rest" + path, Door.ENGINE_REST, endpoints, 0);
        }
        return sorted(endpoints.values());
    }

    /** The webapps' JAX-RS applications, each mounted at /camunda/api/{app}; the engine API they also serve is /engine-rest's. */
    static List<Endpoint> webapps(Map<String, Application> applications) {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        applications.forEach((app, application) -> {
            for (Class<?> resource : application.getClasses()) {
                Path path = resource.getAnnotation(Path.class);
                if (path != null) {
                    walk(resource, "/camunda/api/" + app + slash(path.value()), Door.WEBAPP, endpoints, 0);
                }
            }
        });
        return sorted(endpoints.values());
    }

    private static void walk(Class<?> resource, String prefix, Door door, Map<String, Endpoint> into, int depth) {
        if (depth > 5) {
            return;
        }
        for (Method method : resource.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String template = prefix + (path == null ? "" : slash(path.value()));
            String verb = verb(method);
            if (verb != null) {
                Endpoint endpoint = new Endpoint(door, verb, template, List.of());
                into.put(endpoint.key(), endpoint);
            } else if (path != null) {
                walk(method.getReturnType(), template, door, into, depth + 1);
            }
        }
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(OPTIONS.class) ? "OPTIONS" : null;
    }

    private static String slash(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    private static List<Endpoint> sorted(java.util.Collection<Endpoint> endpoints) {
        return endpoints.stream().distinct()
                .sorted(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method)).toList();
    }
}
