package vn.ocop.market.certification;

/** OCOP star rank from the 100-point evaluation score (bands of Decision 148/QĐ-TTg). */
public final class Stars {

    /** The lowest rank that makes a product a certified OCOP product. */
    public static final int CERTIFIED_MINIMUM = 3;

    private Stars() {
    }

    /** 1★ below 30, 2★ 30–49, 3★ 50–69, 4★ 70–89, 5★ 90–100. */
    public static int fromScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be within 0-100: " + score);
        }
        if (score >= 90) {
            return 5;
        }
        if (score >= 70) {
            return 4;
        }
        if (score >= 50) {
            return 3;
        }
        if (score >= 30) {
            return 2;
        }
        return 1;
    }

    /** "★★★★☆"-style text for places that cannot show a badge. */
    public static String glyphs(int stars) {
        return "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars));
    }
}
