package vn.ocop.market.live;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The sites an external live may be on (YouTube, Facebook, TikTok), checked on the URL's host. */
public final class ExternalLives {

    /** Hosts allowed, with their subdomains ({@code www.}, {@code m.}). */
    static final Set<String> HOSTS = Set.of("youtube.com", "youtu.be", "facebook.com", "fb.watch", "tiktok.com");

    private ExternalLives() {
    }

    /** The URL when it is an https (or http) address on an allowed site, normalised; else empty. */
    public static Optional<String> allowed(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null
                    || (uri.getPort() != -1 && uri.getPort() != 443 && uri.getPort() != 80)) {
                return Optional.empty();
            }
            for (String allowed : HOSTS) {
                if (host.equals(allowed) || host.endsWith("." + allowed)) {
                    return Optional.of(uri.toString());
                }
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
