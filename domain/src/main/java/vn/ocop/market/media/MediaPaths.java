package vn.ocop.market.media;

/** Where stored images are served. */
public final class MediaPaths {

    /** The path prefix the media servlet answers under. */
    public static final String PREFIX = "/media/";

    private MediaPaths() {
    }

    public static String url(String key) {
        return PREFIX + key;
    }
}
