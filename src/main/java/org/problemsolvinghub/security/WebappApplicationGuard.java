package org.problemsolvinghub.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps each webapp's API to the people who may open that webapp. Camunda checks the application grant
 * when Cockpit's or Admin's pages open, but its plugin APIs ({@code /camunda/api/cockpit/plugin/...})
 * answer anyone logged in to any webapp: a partner logged in to Tasklist could query Cockpit's process
 * instance and incident lists. The engine still filters what those queries return, but a partner has no
 * business at Cockpit's door at all. The plugins' static scripts stay open: the login page loads them.
 */
class WebappApplicationGuard extends OncePerRequestFilter {

    /** /camunda/api/{app}/plugin/{plugin}/{engine}/..., but not .../plugin/{plugin}/static/... */
    private static final Pattern PLUGIN_API = Pattern.compile("/api/(cockpit|admin|tasklist|welcome)/plugin/[^/]+/(?!static/)([^/]+)(/.*)?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PLUGIN_API.matcher(pathInWebapps(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher call = PLUGIN_API.matcher(pathInWebapps(request));
        HttpSession session = request.getSession(false);
        if (call.matches() && session != null) {
            Authentication user = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(call.group(2));
            if (user instanceof UserAuthentication known && !known.isAuthorizedForApp(call.group(1))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "No access to " + call.group(1));
                return;
            }
        }
        // No session, or no one logged in to that engine: Camunda answers 401 itself.
        chain.doFilter(request, response);
    }

    private static String pathInWebapps(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/camunda/") ? path.substring("/camunda".length()) : path;
    }
}
