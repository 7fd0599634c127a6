package vn.ocop.market.app.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The first handler every request meets: gives it a correlation id (response header
 * {@code X-Request-Id}, also added to the request's headers for the layers below and put in the
 * logging MDC as {@code requestId} while the request is handled; a trusted proxy's id is kept, anyone
 * else's replaced), puts the
 * security headers on the response, and refuses before anything is read a URI that is not valid
 * percent-encoded UTF-8 (400) or a body announced larger than allowed (413: 1 MB under /api, the
 * upload limit elsewhere). Bodies of unknown length are cut while streaming: by {@link ApiBodyLimit}
 * under /api and by Jetty's size limit elsewhere.
 */
public final class EdgeHandler extends Handler.Wrapper {

    public static final String REQUEST_ID = "X-Request-Id";

    private static final Logger LOG = LoggerFactory.getLogger(EdgeHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Jetty's default URI compliance, with an encoded path separator ({@code %2F}) allowed through
     * to this handler, which lets it reach the GS1 Digital Link resolver only ({@link #SLASH_ALLOWED}).
     */
    public static final UriCompliance URI_COMPLIANCE = UriCompliance.DEFAULT.with("DEFAULT+GS1_LOTS",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR);
    /** Where a path may hold {@code %2F}: lots and serials of Digital Links. */
    public static final String SLASH_ALLOWED = "/01/";

    /** The MDC key of the request id in log lines. */
    public static final String MDC_KEY = "requestId";

    private final long apiBodyLimit;
    private final long uploadLimit;
    private final TrustedProxies proxies;
    private final SecurityHeaders securityHeaders;

    public EdgeHandler(long apiBodyLimit, long uploadLimit, TrustedProxies proxies, SecurityHeaders securityHeaders) {
        this.apiBodyLimit = apiBodyLimit;
        this.uploadLimit = uploadLimit;
        this.proxies = proxies;
        this.securityHeaders = securityHeaders;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String id = requestId(request);
        MDC.put(MDC_KEY, id);
        try {
            return handleWithId(request, response, callback, id);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * The id a trusted proxy gave the request (so that the balancer's log and ours name it alike),
     * when it is short and plain; else a new one.
     */
    private String requestId(Request request) {
        String given = request.getHeaders().get(REQUEST_ID);
        if (given != null && given.matches("[A-Za-z0-9._-]{8,64}") && !proxies.isEmpty()
                && request.getConnectionMetaData().getRemoteSocketAddress() instanceof java.net.InetSocketAddress peer
                && peer.getAddress() != null && proxies.trusts(peer.getAddress().getHostAddress())) {
            return given;
        }
        return newId();
    }

    private boolean handleWithId(Request request, Response response, Callback callback, String id) throws Exception {
        response.getHeaders().put(REQUEST_ID, id);
        securityHeaders.apply(response.getHeaders(), request.isSecure());
        String path = request.getHttpURI().getPath();
        boolean api = ErrorBodies.isApi(Request.getPathInContext(request));
        if (!validEncoding(path) || !validEncoding(request.getHttpURI().getQuery())) {
            return reject(request, response, callback, 400, api, id, "invalid percent-encoding or UTF-8 in the URI");
        }
        // The API parses its URIs strictly (RFC 3986): a raw character a URI may not hold, or a NUL,
        // is the client's mistake, answered 400 here rather than failing deeper in.
        if (api && (!uriCharacters(path) || !uriCharacters(request.getHttpURI().getQuery()))) {
            return reject(request, response, callback, 400, api, id, "characters not allowed in a URI");
        }
        // '%2F' is a GS1 lot's or serial's '/', read from the raw path by the resolver; elsewhere it is
        // ambiguous (a servlet path would decode it to a separator), refused as Jetty does by default.
        if (request.getHttpURI().hasViolation(UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)
                && !path.startsWith(SLASH_ALLOWED)) {
            return reject(request, response, callback, 400, api, id, "ambiguous encoded path separator");
        }
        long length = request.getLength();
        long limit = api ? apiBodyLimit : uploadLimit;
        if (length > limit) {
            return reject(request, response, callback, 413, api, id, "body of " + length + " bytes over the limit of " + limit);
        }
        HttpFields headers = HttpFields.build(request.getHeaders()).put(REQUEST_ID, id).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        }, response, callback);
    }

    private static boolean reject(Request request, Response response, Callback callback, int status, boolean api,
                                  String id, String why) {
        LOG.info("{} {} refused with {} [{}]: {}", request.getMethod(), request.getHttpURI().getPath(), status, id, why);
        response.setStatus(status);
        // The body was not read: the connection cannot carry another request.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String body;
        if (api) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            body = ErrorBodies.json(status);
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            body = ErrorBodies.html(status, id);
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Only characters RFC 3986 allows in a path or query (unreserved, sub-delims, ":@/?%"), and no %00. */
    static boolean uriCharacters(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0;
            if (!allowed || c == '%' && raw.startsWith("%00", i)) {
                return false;
            }
        }
        return true;
    }

    /** Every {@code %} followed by two hex digits, and the bytes so written valid UTF-8. */
    static boolean validEncoding(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
