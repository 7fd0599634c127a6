package vn.ocop.market.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Folding of Vietnamese text so that "Tinh bột nghệ" and "tinh bot nghe" compare equal. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** Lower case without tone or vowel marks; đ becomes d (Unicode decomposition leaves it alone). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    /** A URL-safe slug: "Chè Tân Cương" becomes "che-tan-cuong". */
    public static String slug(String text) {
        String slug = NON_SLUG.matcher(fold(text)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "item" : slug;
    }

    /**
     * A slug of at most max characters, cut after the last whole word that fits; mid-word only
     * when that would lose more than half of the room (one very long word).
     */
    public static String slug(String text, int max) {
        String slug = slug(text);
        if (slug.length() <= max) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', max);
        return cut >= max / 2 && cut > 0 ? slug.substring(0, cut) : slug.substring(0, max);
    }

    /** A slug of at most max characters that is not taken: "-2", "-3"… is appended within the limit. */
    public static String uniqueSlug(String text, int max, Predicate<String> taken) {
        String slug = slug(text, max);
        for (int i = 2; taken.test(slug); i++) {
            String suffix = "-" + i;
            slug = slug(text, max - suffix.length()) + suffix;
        }
        return slug;
    }
}
