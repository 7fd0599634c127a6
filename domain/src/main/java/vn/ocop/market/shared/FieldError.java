package vn.ocop.market.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A problem with one input field: a message code (a key of the message bundles, see {@link Messages})
 * and its arguments. The UI and the API word it in the reader's language with {@link #text(Locale)},
 * as {@link Localized#key} does.
 */
public record FieldError(String field, String code, List<Object> args) implements Localized {

    public FieldError {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, Arrays.asList(args));
    }

    @Override
    public String text(Locale locale) {
        return Localized.key(code, args.toArray()).text(locale);
    }
}
