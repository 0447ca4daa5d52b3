package org.problemsolvinghub.system;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any controller sees them still get an answer a client can read, in JSON:
 * Spring Security's firewall (an encoded slash, a percent sign or a NUL in a path: {@code /api/pmps/..%2F..})
 * answered Spring Boot's bare error ({@code timestamp, status, error, path}), and Tomcat itself (a request
 * line or headers over 8 KB, an invalid URI) answered an HTML page. Both now say what is wrong and name
 * the part of the request at fault.
 */
@Configuration
class RejectedRequests {

    /** Picked up by Spring Security's WebSecurity for every filter chain. */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, rejected) -> {
            response.setStatus(400);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            String message = "contains characters the hub does not accept in an address (an encoded slash, "
                    + "backslash, percent sign, NUL or line break): check the reference";
            response.getWriter().write(problem(400, "Invalid address", "The request's path " + message + ".", "path", message));
        };
    }

    /** Tomcat's own error page (before Spring is reached) as problem details, in place of its HTML. */
    @EventListener
    void jsonErrorPages(ServletWebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        var pipeline = tomcat.getTomcat().getHost().getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new JsonErrorReportValve());
    }

    static String problem(int status, String title, String detail, String field, String message) {
        return "{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status + ",\"detail\":" + json(detail)
                + ",\"message\":" + json(field + ": " + message) + ",\"errors\":[{\"field\":" + json(field)
                + ",\"message\":" + json(message) + "}]}";
    }

    private static String json(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    static final class JsonErrorReportValve extends ErrorReportValve {

        JsonErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String said = response.getMessage();
            String detail = said == null || said.isBlank() ? "The request could not be read." : said;
            String field = status == 400 ? "request" : "address";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem(status, status == 400 ? "Invalid request" : "Error", detail, field,
                            status == 400 ? "the request line, an address or a header is malformed or too long" : detail));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone: nobody to tell
            }
        }
    }
}
