package vn.ocop.market.notice;

import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The texts of an e-mail whose reader's language is not known: written in Vietnamese, followed by a
 * short note in each other language offered ("(English: …)"). A mail's texts share a key prefix:
 * {@code <prefix>subject}, {@code <prefix>body} and {@code <prefix>note}, filled in with the same arguments.
 */
public final class MailText {

    private MailText() {
    }

    /** The subject, in Vietnamese. */
    public static String subject(String prefix, Object... args) {
        return Messages.text(Messages.VIETNAMESE, prefix + "subject", args);
    }

    /** The body in Vietnamese, then the note in every other language offered. */
    public static String body(String prefix, Object... args) {
        StringBuilder text = new StringBuilder(Messages.text(Messages.VIETNAMESE, prefix + "body", args));
        List<Locale> languages = Messages.languages();
        for (Locale other : languages.subList(1, languages.size())) {
            text.append("\n\n(").append(Messages.text(other, "language.name")).append(": ")
                    .append(Messages.text(other, prefix + "note", args)).append(")\n");
        }
        return text.toString();
    }
}
