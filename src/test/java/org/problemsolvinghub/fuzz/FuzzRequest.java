package org.problemsolvinghub.fuzz;

/** One request as sent: {@code mutation} and {@code target} say how it was spoiled (null for a valid one). */
public record FuzzRequest(String method, String path, String query, String contentType, byte[] body, Mutation mutation,
        String target) {

    public String describe() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8)
                + (body.length > 300 ? "... (" + body.length + " bytes)" : "");
        return method + " " + path + (query.isEmpty() ? "" : "?" + abbreviate(query)) + " [" + mutation + " " + target + "] "
                + (contentType == null ? "" : contentType + " ") + shown;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
    }
}
