package org.problemsolvinghub.fuzz;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One {@code /api/**} endpoint as the application maps it, with what its handler takes: path variables,
 * request parameters and the body, each with its Java type. Read from Spring's own handler mappings, so an
 * endpoint added tomorrow is fuzzed without editing the fuzzer.
 */
public record ApiEndpoint(String method, String pattern, HandlerMethod handler, List<Input> pathVariables,
        List<Input> params, Input body) {

    /** A handler parameter: its name, its declared (generic) type, the parameter itself for its annotations. */
    public record Input(String name, Type type, boolean required, MethodParameter parameter) {
    }

    public String name() {
        return method + " " + pattern;
    }

    public static List<ApiEndpoint> all(RequestMappingHandlerMapping mapping) {
        List<ApiEndpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : patterns(info)) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(of(m.name(), pattern, handler));
                }
            }
        });
        endpoints.sort(Comparator.comparing(ApiEndpoint::pattern).thenComparing(ApiEndpoint::method));
        return endpoints;
    }

    private static java.util.Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private static ApiEndpoint of(String method, String pattern, HandlerMethod handler) {
        List<Input> pathVariables = new ArrayList<>();
        List<Input> params = new ArrayList<>();
        Input body = null;
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Type type = p.getGenericParameterType();
            if (p.hasParameterAnnotation(PathVariable.class)) {
                PathVariable a = p.getParameterAnnotation(PathVariable.class);
                pathVariables.add(new Input(nameOf(a.value(), a.name(), p), type, true, p));
            } else if (p.hasParameterAnnotation(RequestParam.class)) {
                RequestParam a = p.getParameterAnnotation(RequestParam.class);
                boolean required = a.required() && a.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE);
                params.add(new Input(nameOf(a.value(), a.name(), p), type, required, p));
            } else if (p.hasParameterAnnotation(RequestBody.class)) {
                body = new Input("body", type, p.getParameterAnnotation(RequestBody.class).required(), p);
            }
        }
        return new ApiEndpoint(method, pattern, handler, List.copyOf(pathVariables), List.copyOf(params), body);
    }

    private static String nameOf(String value, String name, MethodParameter p) {
        if (!value.isEmpty()) {
            return value;
        }
        return !name.isEmpty() ? name : p.getParameterName();
    }
}
