package vn.ocop.market.app.http;

import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bodies of errors answered by the HTTP edge itself (before or around the application): the
 * API's JSON {@code {status, error, message}} under /api and /health, a short page elsewhere. The
 * reader's language is not known here, so both say it in every language offered, Vietnamese first
 * (texts {@code http.error.<code>}). Neither ever carries an exception, a class name or the server's version.
 */
public final class ErrorBodies {

    /** Each status's code for the JSON body; its sentence is the text {@code http.error.<code>}. */
    private static final Map<Integer, String> CODES = Map.of(
            400, "bad_request",
            403, "forbidden",
            404, "not_found",
            405, "method_not_allowed",
            408, "timeout",
            413, "payload_too_large",
            414, "uri_too_long",
            431, "headers_too_large",
            503, "unavailable");

    private ErrorBodies() {
    }

    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.equals("/health"));
    }

    public static String code(int status) {
        String code = CODES.get(status);
        return code != null ? code : status >= 500 ? "internal_error" : "bad_request";
    }

    public static String message(int status) {
        return inEveryLanguage("http.error." + code(status));
    }

    /** A text in every language offered, Vietnamese first, joined by " / ". */
    static String inEveryLanguage(String key, Object... args) {
        return Messages.languages().stream().map(language -> Messages.text(language, key, args))
                .collect(Collectors.joining(" / "));
    }

    public static String json(int status, String message) {
        return "{\"status\":" + status + ",\"error\":\"" + code(status) + "\",\"message\":\"" + jsonEscape(message) + "\"}";
    }

    public static String json(int status) {
        return json(status, message(status));
    }

    /** The friendly page, naming the request id so that support can find the log line. */
    public static String html(int status, String requestId) {
        String key = CODES.containsKey(status) || status < 500 ? "http.error." + code(status) : "http.page.internalError";
        List<Locale> languages = Messages.languages();
        StringBuilder sentences = new StringBuilder("<h1>").append(htmlEscape(Messages.text(languages.getFirst(), key)))
                .append("</h1>");
        for (Locale other : languages.subList(1, languages.size())) {
            sentences.append("<p lang=\"").append(other.getLanguage()).append("\">")
                    .append(htmlEscape(Messages.text(other, key))).append("</p>");
        }
        String id = requestId == null ? "" : htmlEscape(requestId);
        return "<!DOCTYPE html><html lang=\"" + languages.getFirst().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + status + " · Chợ OCOP</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2d1f}"
                + "h1{color:#2e6b30}code{background:#eef3ee;padding:0 .3rem}</style></head><body>"
                + sentences
                + "<p>" + htmlEscape(inEveryLanguage("http.page.errorCode")) + " " + status
                + (id.isEmpty() ? "" : " · " + htmlEscape(inEveryLanguage("http.page.requestId")) + " <code id=\"request-id\">" + id + "</code>")
                + "</p><p><a href=\"/\">" + htmlEscape(inEveryLanguage("http.page.home")) + "</a></p></body></html>";
    }

    static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String htmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
