package vn.ocop.market.traceability;

/**
 * Label sheets on A4 (210 × 297 mm), as stationers sell them: columns, rows, the label's size and
 * the sheet's top and left margins, all in millimetres.
 */
public enum LabelSize {
    /** 65 per sheet, 38.1 × 21.2 mm: a QR code and the lot, for jars and small packs. */
    SMALL(5, 13, 38.1f, 21.2f, 10.7f, 4.7f),
    /** 21 per sheet, 63.5 × 38.1 mm. */
    MEDIUM(3, 7, 63.5f, 38.1f, 15.15f, 7.2f),
    /** 8 per sheet, 99.1 × 67.7 mm, for boxes and gift sets. */
    LARGE(2, 4, 99.1f, 67.7f, 13.0f, 4.65f);

    final int columns;
    final int rows;
    final float widthMm;
    final float heightMm;
    final float topMm;
    final float leftMm;

    LabelSize(int columns, int rows, float widthMm, float heightMm, float topMm, float leftMm) {
        this.columns = columns;
        this.rows = rows;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.topMm = topMm;
        this.leftMm = leftMm;
    }

    /** Labels on one sheet. */
    public int perSheet() {
        return columns * rows;
    }
}
