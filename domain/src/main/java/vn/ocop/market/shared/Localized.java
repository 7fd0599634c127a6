package vn.ocop.market.shared;

import java.util.Locale;

/**
 * A text worded only when it is shown, in the reader's language: a {@link FieldError}, or an
 * argument of one that is itself a text (a label, a name the data holds in several languages).
 */
@FunctionalInterface
public interface Localized {

    String text(Locale locale);

    /**
     * A text of the message bundles, worded when shown. Arguments that are texts themselves are worded
     * in the same language; numbers are written as plain digits, the way limits and identifiers read.
     */
    static Localized key(String code, Object... args) {
        return locale -> {
            Object[] worded = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                worded[i] = args[i] instanceof Localized text ? text.text(locale)
                        : args[i] instanceof Number number ? String.valueOf(number) : args[i];
            }
            return Messages.text(locale, code, worded);
        };
    }

    /**
     * A text the data holds in Vietnamese and English (a province's names, a label that has no key
     * yet): English for English readers, Vietnamese for everyone else.
     */
    static Localized pick(String vietnamese, String english) {
        return locale -> locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
