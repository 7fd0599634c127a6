package vn.ocop.market.media;

/** The sizes every photo is stored in, by the width the pages ask for (never enlarged). */
public enum ImageSize {
    /** Lists, the cart and the editor's strip. */
    THUMB(160),
    /** Product cards in search and on the home page. */
    CARD(400),
    /** The product page and its zoom. */
    ZOOM(1200);

    private final int width;

    ImageSize(int width) {
        this.width = width;
    }

    public int width() {
        return width;
    }
}
