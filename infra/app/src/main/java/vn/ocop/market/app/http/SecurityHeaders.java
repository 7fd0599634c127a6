package vn.ocop.market.app.http;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, whatever answered it (Vaadin, the API, a static file or an
 * error page).
 *
 * <p>The policy is the strictest Vaadin Flow runs under: its bootstrap page carries inline scripts
 * and styles, and {@code executeJs} compiles code with {@code new Function}, so scripts need
 * 'unsafe-inline' and 'unsafe-eval'. Stripe's Payment Element loads js.stripe.com and frames
 * Stripe's pages. Nothing may frame this site, and forms post to it only.
 */
public final class SecurityHeaders {

    /** The policy without a live media server: video only from this site. */
    public static final String CONTENT_SECURITY_POLICY = policy(null);

    /** The policy sent; names the live media server's origin once it is known ({@link #allowMediaFrom}). */
    private static volatile String policy = CONTENT_SECURITY_POLICY;

    /**
     * Live pages play HLS from the media server's own origin: hls.js fetches its playlists and
     * segments ({@code connect-src}) and plays them through Media Source ({@code blob:} video).
     * External lives are embedded from YouTube, Facebook and TikTok only.
     */
    private static String policy(String mediaOrigin) {
        String media = mediaOrigin == null ? "" : " " + mediaOrigin;
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob: https://*.stripe.com",
                "font-src 'self' data:",
                "media-src 'self' blob:" + media,
                "connect-src 'self' https://api.stripe.com https://*.stripe.com" + media,
                "frame-src https://js.stripe.com https://hooks.stripe.com https://www.youtube-nocookie.com "
                        + "https://www.youtube.com https://www.facebook.com https://www.tiktok.com",
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** Lets pages fetch and play video from the live media server at this origin (scheme, host, port). */
    public static void allowMediaFrom(String origin) {
        policy = policy(origin);
    }

    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), usb=(), interest-cohort=(), payment=(self \"https://js.stripe.com\")";

    /** One year, subdomains included: sent over HTTPS only (a browser ignores it over HTTP anyway). */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    static void apply(HttpFields.Mutable headers, boolean secure) {
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
    }
}
