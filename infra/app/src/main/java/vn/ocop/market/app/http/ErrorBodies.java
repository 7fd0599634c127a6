package vn.ocop.market.app.http;

import java.util.Map;

/**
 * The bodies of errors answered by the HTTP edge itself (before or around the application): the
 * API's JSON {@code {status, error, message}} under /api and /health, a short Vietnamese/English
 * page elsewhere. Neither ever carries an exception, a class name or the server's version.
 */
public final class ErrorBodies {

    /** A status's code for the JSON body and its sentence in both languages. */
    private record Text(String code, String vi, String en) {
    }

    private static final Map<Integer, Text> TEXTS = Map.of(
            400, new Text("bad_request", "Yêu cầu không hợp lệ", "Bad request"),
            403, new Text("forbidden", "Không có quyền truy cập", "Forbidden"),
            404, new Text("not_found", "Không tìm thấy trang", "Not found"),
            405, new Text("method_not_allowed", "Phương thức không được hỗ trợ", "Method not allowed"),
            408, new Text("timeout", "Yêu cầu quá thời gian", "Request timeout"),
            413, new Text("payload_too_large", "Dữ liệu gửi lên quá lớn", "Request body too large"),
            414, new Text("uri_too_long", "Địa chỉ quá dài", "URI too long"),
            431, new Text("headers_too_large", "Tiêu đề yêu cầu quá lớn", "Request headers too large"),
            503, new Text("unavailable", "Dịch vụ tạm thời không sẵn sàng", "Service unavailable"));

    private ErrorBodies() {
    }

    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.equals("/health"));
    }

    public static String code(int status) {
        Text text = TEXTS.get(status);
        return text != null ? text.code() : status >= 500 ? "internal_error" : "bad_request";
    }

    public static String message(int status) {
        Text text = TEXTS.get(status);
        if (text == null) {
            text = status >= 500 ? new Text("internal_error", "Đã có lỗi phía máy chủ", "Internal server error")
                    : new Text("bad_request", "Yêu cầu không hợp lệ", "Bad request");
        }
        return text.vi() + " / " + text.en();
    }

    public static String json(int status, String message) {
        return "{\"status\":" + status + ",\"error\":\"" + code(status) + "\",\"message\":\"" + jsonEscape(message) + "\"}";
    }

    public static String json(int status) {
        return json(status, message(status));
    }

    /** The friendly page, naming the request id so that support can find the log line. */
    public static String html(int status, String requestId) {
        Text text = TEXTS.getOrDefault(status, status >= 500
                ? new Text("internal_error", "Đã có lỗi phía máy chủ", "Something went wrong on our side")
                : new Text("bad_request", "Yêu cầu không hợp lệ", "Bad request"));
        String id = requestId == null ? "" : htmlEscape(requestId);
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + status + " · Chợ OCOP</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2d1f}"
                + "h1{color:#2e6b30}code{background:#eef3ee;padding:0 .3rem}</style></head><body>"
                + "<h1>" + htmlEscape(text.vi()) + "</h1><p lang=\"en\">" + htmlEscape(text.en()) + "</p>"
                + "<p>Mã lỗi / Error " + status + (id.isEmpty() ? "" : " · Mã yêu cầu / Request id <code id=\"request-id\">" + id + "</code>")
                + "</p><p><a href=\"/\">Về trang chủ / Back to the home page</a></p></body></html>";
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
