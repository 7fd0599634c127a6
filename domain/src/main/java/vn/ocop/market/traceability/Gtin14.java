package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.product.Gtin;

/**
 * The GTIN-14 a batch is linked under (GS1 Digital Link's {@code /01/}): the product's (or
 * variant's) own GTIN padded to 14 digits; else one built from the producer's GS1 company prefix;
 * else a clearly marked internal number, {@code 9029…}: indicator digit 9 and GS1's
 * restricted-circulation prefix 029 (never assigned to a company, so it cannot collide with a real
 * GTIN), then 0 for a product or 1 for a variant, its id in 8 digits and the check digit.
 */
public final class Gtin14 {

    /** The start of every internal GTIN-14 (see the class comment and the README). */
    public static final String INTERNAL_PREFIX = "9029";

    private Gtin14() {
    }

    /** The GTIN padded to 14 digits, or null when it is not a valid GTIN-8/12/13/14. */
    public static @Nullable String of(@Nullable String gtin) {
        if (gtin == null || !Gtin.valid(gtin.strip())) {
            return null;
        }
        return "0".repeat(14 - gtin.strip().length()) + gtin.strip();
    }

    /** Whether the text is 14 digits ending in the right check digit. */
    public static boolean valid(@Nullable String gtin14) {
        return gtin14 != null && gtin14.length() == 14 && Gtin.valid(gtin14);
    }

    /** Whether this GTIN-14 is one of the project's internal numbers rather than a GS1-assigned one. */
    public static boolean internal(String gtin14) {
        return gtin14.startsWith(INTERNAL_PREFIX);
    }

    /**
     * The GTIN-14 of a product or variant: its own GTIN, else from the company prefix (when the item
     * number fits in what the prefix leaves), else the internal number.
     */
    public static String assign(@Nullable String ownGtin, @Nullable String companyPrefix, long productId,
                                @Nullable Long variantId) {
        String own = of(ownGtin);
        if (own != null) {
            return own;
        }
        int kind = variantId == null ? 0 : 1;
        long id = variantId == null ? productId : variantId;
        if (validPrefix(companyPrefix)) {
            int itemDigits = 12 - companyPrefix.length();
            String item = kind + String.valueOf(id);
            if (item.length() <= itemDigits) {
                String body = "0" + companyPrefix + "0".repeat(itemDigits - item.length()) + item;
                return body + checkDigit(body);
            }
        }
        if (id > 99_999_999L) {
            throw new IllegalArgumentException("id too large for an internal GTIN: " + id);
        }
        String body = INTERNAL_PREFIX + kind + String.format("%08d", id);
        return body + checkDigit(body);
    }

    /** Whether the text may be a GS1 company prefix: 4 to 12 digits. */
    public static boolean validPrefix(@Nullable String prefix) {
        return vn.ocop.market.producer.CompanyPrefixes.wellFormed(prefix);
    }

    /** The GS1 mod-10 check digit of the digits before it. */
    public static char checkDigit(String body) {
        int sum = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            int fromRight = n - i;
            sum += (body.charAt(i) - '0') * (fromRight % 2 == 1 ? 3 : 1);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
