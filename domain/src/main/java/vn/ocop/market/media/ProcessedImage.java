package vn.ocop.market.media;

import java.util.List;

/**
 * An upload that passed every check, re-encoded in each {@link ImageSize} (metadata such as EXIF
 * and GPS does not survive the re-encoding).
 *
 * @param sourceType  what the content was: image/jpeg, image/png or image/webp
 * @param contentHash the SHA-256 of the uploaded bytes
 * @param sizes       one rendition per size, in {@link ImageSize} order
 */
public record ProcessedImage(String sourceType, int width, int height, String contentHash, List<Rendition> sizes) {

    /** One stored size: its content-addressed key, pixels and bytes. */
    public record Rendition(ImageSize size, String key, int width, int height, String contentType, byte[] bytes) {
    }

    public Rendition size(ImageSize size) {
        return sizes.get(size.ordinal());
    }
}
