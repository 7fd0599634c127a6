package vn.ocop.market.live;

import org.jsoup.Jsoup;
import vn.ocop.market.shared.PhoneNumbers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chat message may be: plain text (markup is reduced to its text, control characters and runs of
 * white space to one space), and whether it must be held for moderation: a link (a URL, "www.", or a
 * domain name) or a phone number (a valid Vietnamese number, or any run of nine digits or more however
 * they are spaced).
 */
public final class ChatText {

    /** The longest message, in characters. */
    public static final int MAX_LENGTH = 300;

    static final String LINK = "LINK";
    static final String PHONE = "PHONE";

    private static final Pattern URL = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\s*\\.|\\b[a-z0-9-]+\\s*(\\.|\\(\\.\\)|\\[\\.]|\\s+dot\\s+|\\s+chấm\\s+)\\s*"
                    + "(com|vn|net|org|info|io|me|xyz|shop|store|link|ly|co|biz|top|site|online|gl|to|tk|cc)\\b)");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d\\s.\\-()]{7,}\\d");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ChatText() {
    }

    /** The message as plain text, trimmed; empty when nothing remains. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Jsoup.parseBodyFragment(raw).text();
        text = CONTROL.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Why the (clean) message must be held: {@code LINK}, {@code PHONE}, or empty when it may be shown. */
    public static Optional<String> holdReason(String text) {
        if (URL.matcher(text).find()) {
            return Optional.of(LINK);
        }
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits >= 9 || PhoneNumbers.normalise(candidate).isPresent()) {
                return Optional.of(PHONE);
            }
        }
        return Optional.empty();
    }
}
