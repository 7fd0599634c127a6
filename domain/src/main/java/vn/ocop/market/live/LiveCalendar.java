package vn.ocop.market.live;

import vn.ocop.market.shared.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The calendar file (RFC 5545) of a live event for anyone who wants a reminder without an account:
 * one VEVENT in UTC with an alarm 10 minutes before, its texts escaped and its lines folded at 75 octets.
 */
public final class LiveCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private LiveCalendar() {
    }

    /**
     * @param event the event
     * @param url   the event's public page
     * @param now   when the file is made (DTSTAMP)
     */
    public static String ics(LiveEvent event, Locale locale, String url, Instant now) {
        Instant end = event.startsAt().plus(Duration.ofMinutes(event.expectedMinutes()));
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//OCOP Market//Live//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:live-" + event.id() + "@ocop.market");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(event.startsAt()));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + escape(Messages.text(locale, "live.ics.summary", event.title())));
        String description = event.description() == null ? url : event.description() + "\n" + url;
        line(out, "DESCRIPTION:" + escape(description));
        line(out, "URL:" + url);
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "TRIGGER:-PT10M");
        line(out, "DESCRIPTION:" + escape(event.title()));
        line(out, "END:VALARM");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends a content line folded so that no line exceeds 75 octets of UTF-8, ending with CRLF. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
