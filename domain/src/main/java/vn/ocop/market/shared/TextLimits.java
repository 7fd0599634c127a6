package vn.ocop.market.shared;

import java.util.List;

/**
 * Column sizes checked before anything is saved, so that over-long input is a field error the
 * user can act on rather than a database failure.
 */
public final class TextLimits {

    /** Rich text (stories, descriptions): well inside a TEXT column even after sanitising. */
    public static final int RICH_TEXT = 5000;

    private TextLimits() {
    }

    /** Characters as a utf8mb4 column counts them: code points, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Adds an error on the field when the text is longer than max characters; null is fine. The label
     * is the field's name as the error starts with it ("The name"), usually {@code Localized.key(..)}.
     */
    public static void check(List<FieldError> errors, String field, String text, int max, Localized label) {
        if (text != null && length(text) > max) {
            errors.add(FieldError.of(field, "shared.text.tooLong", label, max, length(text)));
        }
    }
}
