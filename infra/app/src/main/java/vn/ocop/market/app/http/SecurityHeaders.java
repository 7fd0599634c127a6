package vn.ocop.market.app.http;

import jakarta.inject.Singleton;
import org.eclipse.jetty.http.HttpFields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers every response carries, whatever answered it (Vaadin, the API, a static file or an
 * error page).
 *
 * <p>The policy is the strictest Vaadin Flow runs under: its bootstrap page carries inline scripts
 * and styles, and {@code executeJs} compiles code with {@code new Function}, so scripts need
 * 'unsafe-inline' and 'unsafe-eval'. Stripe's Payment Element loads js.stripe.com and frames
 * Stripe's pages. External lives are embedded from YouTube, Facebook and TikTok only. Nothing may
 * frame this site, and forms post to it only. Other origins of ours are added by the parts that
 * need them ({@link PolicySources}: live pages play HLS from the media server's origin).
 */
@Singleton
public final class SecurityHeaders {

    /** The directives and their sources before any {@link PolicySources}, in the order sent. */
    private static final Map<String, String> BASE = base();

    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), usb=(), interest-cohort=(), payment=(self \"https://js.stripe.com\")";

    /** One year, subdomains included: sent over HTTPS only (a browser ignores it over HTTP anyway). */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String contentSecurityPolicy;

    public SecurityHeaders(List<PolicySources> contributions) {
        Map<String, String> directives = new LinkedHashMap<>(BASE);
        for (PolicySources contribution : contributions) {
            contribution.sources().forEach((directive, sources) -> {
                if (!directives.containsKey(directive)) {
                    throw new IllegalArgumentException("No directive " + directive + " in the security policy");
                }
                directives.merge(directive, String.join(" ", sources), (a, b) -> b.isEmpty() ? a : a + " " + b);
            });
        }
        List<String> parts = new ArrayList<>();
        directives.forEach((directive, sources) -> parts.add(sources.isEmpty() ? directive : directive + " " + sources));
        this.contentSecurityPolicy = String.join("; ", parts);
    }

    private static Map<String, String> base() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("default-src", "'self'");
        d.put("script-src", "'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com");
        d.put("style-src", "'self' 'unsafe-inline'");
        d.put("img-src", "'self' data: blob: https://*.stripe.com");
        d.put("font-src", "'self' data:");
        // hls.js plays through Media Source: blob: video.
        d.put("media-src", "'self' blob:");
        d.put("connect-src", "'self' https://api.stripe.com https://*.stripe.com");
        d.put("frame-src", "https://js.stripe.com https://hooks.stripe.com https://www.youtube-nocookie.com "
                + "https://www.youtube.com https://www.facebook.com https://www.tiktok.com");
        d.put("worker-src", "'self' blob:");
        d.put("object-src", "'none'");
        d.put("base-uri", "'self'");
        d.put("form-action", "'self'");
        d.put("frame-ancestors", "'none'");
        return Collections.unmodifiableMap(d);
    }

    /** The Content-Security-Policy sent. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    void apply(HttpFields.Mutable headers, boolean secure) {
        headers.put("Content-Security-Policy", contentSecurityPolicy);
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
