package org.problemsolvinghub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a hub endpoint's {@code @PreAuthorize} role rule before Spring MVC reads and validates the
 * request's body. Method security alone runs after the arguments are bound, so a role without the
 * permission was answered 400 with the body's faults (telling it how to build a request it may not
 * make) instead of 403. Method security still runs afterwards; this only refuses earlier. Rules that
 * read the method's arguments ({@code #name}) are left to method security, which has them.
 */
@Component
class RoleCheckedFirst implements HandlerInterceptor, WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !hasArgumentFreeRule(method)) {
            return true;
        }
        var call = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                new Object[method.getMethodParameters().length]);
        AuthorizationResult result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication, call);
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Your role does not allow this.");
        }
        return true;
    }

    private static boolean hasArgumentFreeRule(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return rule != null && !rule.value().contains("#");
    }
}
