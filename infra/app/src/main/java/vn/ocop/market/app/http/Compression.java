package vn.ocop.market.app.http;

import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Gzip for the responses that are text: pages, scripts, style sheets, JSON (the API and Vaadin's
 * UI data, which comes back from POST requests) and SVG. Photos and anything else already
 * compressed go out as they are, and so does a response a lower layer has already encoded (the
 * Vaadin bundle's precompressed files). Request bodies are never inflated, so a compressed upload
 * cannot get past the body limits. Brotli would need native code in Jetty 12 and is left out.
 *
 * <p>Compressing a response that holds a secret next to text the requester chose invites a BREACH
 * attack. The session cookie is SameSite=Lax, so a request another site makes from a script or a
 * frame comes without it, gets a new session and a new CSRF token of its own, and a page of this
 * site cannot be framed (X-Frame-Options); only top-level navigations carry the cookie.
 */
public final class Compression {

    static final String[] TYPES = {
            "text/html", "text/css", "text/plain", "text/javascript", "application/javascript",
            "application/json", "application/manifest+json", "application/xml", "text/xml", "image/svg+xml"};

    private Compression() {
    }

    /** The handler, to be placed between the edge and the web application. */
    public static GzipHandler handler() {
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMimeTypes(TYPES);
        gzip.setIncludedMethods("GET", "POST");
        // Smaller than this and the header costs more than it saves.
        gzip.setMinGzipSize(256);
        // Never inflate request bodies: the limits count the bytes as sent.
        gzip.setInflateBufferSize(-1);
        return gzip;
    }
}
