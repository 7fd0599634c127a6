package vn.ocop.market.shared;

import io.micronaut.core.annotation.Nullable;

/**
 * Escapes a text for markup built as a string on the server (the trace page, the storefront's product
 * cards): {@code & < > " '} become entities, so that no text can open a tag or leave a quoted attribute.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** A text in an element's content; null is empty. */
    public static String text(@Nullable String value) {
        return value == null ? "" : escape(value);
    }

    /** A text in a quoted attribute value; null is empty. */
    public static String attr(@Nullable String value) {
        return value == null ? "" : escape(value);
    }

    private static String escape(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && b == null) {
                b = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? value : b.toString();
    }
}
