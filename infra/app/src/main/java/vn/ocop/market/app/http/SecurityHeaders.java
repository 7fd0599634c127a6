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

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https://*.stripe.com",
            "font-src 'self' data:",
            "connect-src 'self' https://api.stripe.com https://*.stripe.com",
            "frame-src https://js.stripe.com https://hooks.stripe.com",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), usb=(), interest-cohort=(), payment=(self \"https://js.stripe.com\")";

    /** One year, subdomains included: sent over HTTPS only (a browser ignores it over HTTP anyway). */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    static void apply(HttpFields.Mutable headers, boolean secure) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
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
