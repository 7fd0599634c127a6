package vn.ocop.market.producer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The video links a producer's story may carry: https pages on YouTube, Facebook or TikTok only. */
public final class VideoLinks {

    /** The longest link kept (producer.video_url). */
    public static final int MAX_LENGTH = 300;

    private static final Set<String> HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be",
            "facebook.com", "www.facebook.com", "m.facebook.com", "fb.watch", "tiktok.com", "www.tiktok.com",
            "vm.tiktok.com", "vt.tiktok.com");

    private VideoLinks() {
    }

    /** The link as kept (trimmed, the scheme https) when it is one of the allowed sites; empty otherwise. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = raw.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return Optional.empty();
            }
            if (!HOSTS.contains(host) || uri.getUserInfo() != null || uri.getPort() != -1) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.isEmpty() || path.equals("/")) {
                return Optional.empty();
            }
            return Optional.of(new URI("https", null, host, -1, uri.getPath(), uri.getQuery(), null).toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
