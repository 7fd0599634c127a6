package vn.ocop.market.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Dictionary order for Vietnamese names: letters in the Vietnamese alphabet (a ă â b c d đ e ê …),
 * compared word by word, so "Hà Nội" comes before "Hải Phòng" and "Đà Nẵng" after "Dương".
 */
public final class VietnameseOrder {

    // RuleBasedCollator.compare is synchronized, so one instance serves every thread.
    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    /** Compares names word by word with the Vietnamese collation; a name before its own extension. */
    public static final Comparator<String> NAMES = VietnameseOrder::compare;

    private VietnameseOrder() {
    }

    private static int compare(String a, String b) {
        // The collator ignores spaces, which would put "Hải Phòng" ("haiphong") before "Hà Nội" ("hanoi").
        String[] left = a.trim().split("\\s+");
        String[] right = b.trim().split("\\s+");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = COLLATOR.compare(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
