package vn.ocop.market.media;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of product photos live: a folder under the data dir by default, an S3-compatible
 * bucket when one is configured. Keys are {@link ImageKeys#isValid valid} image keys only, so an
 * adapter never sees a path of someone else's choosing.
 */
public interface ImageStore {

    /** Stores the bytes under the key, replacing what was there (same key, same bytes). */
    void put(String key, byte[] bytes, String contentType);

    /** The stored bytes, or empty for an unknown key; the caller closes the stream. */
    Optional<StoredImage> open(String key);

    /** Removes the key; nothing happens for an unknown one. */
    void delete(String key);

    /** An open stored image. */
    record StoredImage(InputStream content, long length, String contentType) implements AutoCloseable {
        @Override
        public void close() {
            try {
                content.close();
            } catch (java.io.IOException ignored) {
                // Nothing was written through it.
            }
        }
    }
}
