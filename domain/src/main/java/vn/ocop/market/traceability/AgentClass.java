package vn.ocop.market.traceability;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of client behind a scan, read from its User-Agent: phones and tablets (people scanning),
 * desktops, and bots (crawlers, link previews, scripts), whose requests are never counted.
 */
public enum AgentClass {
    PHONE, TABLET, DESKTOP, BOT, OTHER;

    private static final Pattern BOTS = Pattern.compile(
            "bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|zalo.*link|skypeuripreview"
                    + "|curl|wget|python|java/|go-http|okhttp|httpclient|apache-http|libwww|headless|lighthouse"
                    + "|pingdom|uptime|monitor|scanner|axios|node-fetch");

    /** The class of a User-Agent header; no header is a bot (browsers always send one). */
    public static AgentClass of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return BOT;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (BOTS.matcher(ua).find()) {
            return BOT;
        }
        if (ua.contains("ipad") || ua.contains("tablet") || ua.contains("android") && !ua.contains("mobile")) {
            return TABLET;
        }
        if (ua.contains("mobile") || ua.contains("iphone") || ua.contains("android")) {
            return PHONE;
        }
        if (ua.contains("windows") || ua.contains("macintosh") || ua.contains("x11") || ua.contains("cros")) {
            return DESKTOP;
        }
        return OTHER;
    }
}
