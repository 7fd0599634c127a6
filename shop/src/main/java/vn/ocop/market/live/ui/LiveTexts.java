package vn.ocop.market.live.ui;

import vn.ocop.market.live.ExternalLives;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.ui.I18n;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times, labels and embed addresses the live pages share. */
final class LiveTexts {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern TIKTOK_VIDEO = Pattern.compile("/@[^/]+/video/(\\d{5,25})");

    private LiveTexts() {
    }

    /** 19:30 05/12/2026, in Vietnam's time. */
    static String when(Instant instant) {
        return WHEN.format(instant.atZone(VIETNAM));
    }

    static String status(LiveEvent event) {
        return I18n.text("live.status." + event.status().name());
    }

    /**
     * The address to embed an external live in a frame: YouTube's and TikTok's embed pages, Facebook's
     * video plugin; empty when the address cannot be embedded (then the page links to it).
     */
    static Optional<String> embed(String url) {
        Optional<String> allowed = ExternalLives.allowed(url);
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        URI uri = URI.create(allowed.get());
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (host.endsWith("youtu.be")) {
            return youtube(path.replaceFirst("^/", ""));
        }
        if (host.endsWith("youtube.com")) {
            if (path.startsWith("/live/") || path.startsWith("/embed/") || path.startsWith("/shorts/")) {
                return youtube(path.substring(path.indexOf('/', 1) + 1));
            }
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            for (String pair : query.split("&")) {
                if (pair.startsWith("v=")) {
                    return youtube(pair.substring(2));
                }
            }
            return Optional.empty();
        }
        if (host.endsWith("facebook.com") || host.endsWith("fb.watch")) {
            return Optional.of("https://www.facebook.com/plugins/video.php?href="
                    + URLEncoder.encode(allowed.get(), StandardCharsets.UTF_8) + "&show_text=false");
        }
        Matcher tiktok = TIKTOK_VIDEO.matcher(path);
        return tiktok.find() ? Optional.of("https://www.tiktok.com/embed/v2/" + tiktok.group(1)) : Optional.empty();
    }

    private static Optional<String> youtube(String id) {
        String clean = id.replaceAll("[/?].*$", "");
        return YOUTUBE_ID.matcher(clean).matches()
                ? Optional.of("https://www.youtube.com/embed/" + clean + "?autoplay=1&mute=1&playsinline=1")
                : Optional.empty();
    }
}
