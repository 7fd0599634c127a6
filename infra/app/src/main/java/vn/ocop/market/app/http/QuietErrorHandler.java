package vn.ocop.market.app.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jetty's error pages, for errors no application code answered (a malformed request, a 404 of the
 * static files, an exception escaping a servlet): the API's JSON error under /api, the friendly
 * page elsewhere, never Jetty's own page with its messages, stack or version. One log line per
 * error, with the request id; a stack only for a 5xx.
 */
public final class QuietErrorHandler extends org.eclipse.jetty.ee11.servlet.ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(QuietErrorHandler.class);

    private final SecurityHeaders securityHeaders;

    public QuietErrorHandler(SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    /**
     * A request Jetty could not even parse (a bad URI or header): no path to go by, so the JSON
     * error, with the security headers the handlers would have added.
     */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return badMessage(securityHeaders, status, reason, fields);
    }

    static ByteBuffer badMessage(SecurityHeaders securityHeaders, int status, String reason, HttpFields.Mutable fields) {
        LOG.info("Unparseable request refused with {}: {}", status, reason);
        securityHeaders.apply(fields, false);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(ErrorBodies.json(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) {
        return answer(securityHeaders, request, response, callback, code, cause);
    }

    static boolean answer(SecurityHeaders securityHeaders, Request request, Response response, Callback callback, int code,
                          Throwable cause) {
        String id = response.getHeaders().get(EdgeHandler.REQUEST_ID);
        if (id == null) {
            id = EdgeHandler.newId();
            response.getHeaders().put(EdgeHandler.REQUEST_ID, id);
        }
        if (code >= 500) {
            LOG.error("{} {} answered {} [{}]", request.getMethod(), request.getHttpURI().getPath(), code, id, cause);
        } else if (cause != null) {
            LOG.info("{} {} answered {} [{}]: {}", request.getMethod(), request.getHttpURI().getPath(), code, id, cause.toString());
        }
        // A request whose URI could not be parsed has no usable path: a browser (asking for HTML)
        // gets the page, any other client the JSON.
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        boolean api = ErrorBodies.isApi(path) || accept == null || !accept.contains("text/html");
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            securityHeaders.apply(response.getHeaders(), request.isSecure());
        }
        String body = api ? ErrorBodies.json(code) : ErrorBodies.html(code, id);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json" : "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** The same for errors outside the web application (Jetty's own, before any context is chosen). */
    public static final class Core extends org.eclipse.jetty.server.handler.ErrorHandler {

        private final SecurityHeaders securityHeaders;

        public Core(SecurityHeaders securityHeaders) {
            this.securityHeaders = securityHeaders;
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
            setShowOrigin(false);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            return QuietErrorHandler.badMessage(securityHeaders, status, reason, fields);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                     List<Charset> charsets, int code, String message, Throwable cause) {
            return QuietErrorHandler.answer(securityHeaders, request, response, callback, code, cause);
        }
    }
}
