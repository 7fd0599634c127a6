package vn.ocop.market.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A problem with one input field: a message code (a key of the message bundles, see {@link Messages})
 * and its arguments. The UI and the API word it in the reader's language with {@link #text(Locale)}.
 * Arguments that are texts themselves ({@link Localized}) are worded in the same language; numbers
 * are written as plain digits, the way limits and identifiers read in these messages.
 */
public record FieldError(String field, String code, List<Object> args) implements Localized {

    public FieldError {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, Arrays.asList(args));
    }

    /** The same error reported against another field. */
    public FieldError forField(String other) {
        return new FieldError(other, code, args);
    }

    @Override
    public String text(Locale locale) {
        Object[] worded = new Object[args.size()];
        for (int i = 0; i < worded.length; i++) {
            Object arg = args.get(i);
            worded[i] = arg instanceof Localized localized ? localized.text(locale)
                    : arg instanceof Number number ? String.valueOf(number)
                    : arg == null ? "null" : arg;
        }
        return Messages.text(locale, code, worded);
    }
}
