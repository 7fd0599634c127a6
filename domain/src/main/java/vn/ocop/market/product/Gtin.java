package vn.ocop.market.product;

/** GS1 trade item numbers (GTIN-8, -12, -13, -14): digits only, the last a mod-10 check digit. */
public final class Gtin {

    private Gtin() {
    }

    /** True when the text is 8, 12, 13 or 14 digits whose last digit is the right check digit. */
    public static boolean valid(String gtin) {
        if (gtin == null) {
            return false;
        }
        int n = gtin.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            char ch = gtin.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            if (i < n - 1) {
                // Weights 3, 1, 3, ... from the digit next to the check digit leftwards.
                int fromRight = n - 1 - i;
                sum += (ch - '0') * (fromRight % 2 == 1 ? 3 : 1);
            }
        }
        return (10 - sum % 10) % 10 == gtin.charAt(n - 1) - '0';
    }
}
