package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ocop.market.media.MediaPaths;

import java.time.Instant;

/** A test report or certificate of a batch (PDF, JPEG or PNG), served from the media store under its key. */
@MappedEntity("batch_document")
public record BatchDocument(
        @Id @GeneratedValue @Nullable Long id,
        long batchId,
        String title,
        String contentType,
        String storageKey,
        long sizeBytes,
        Instant createdAt) {

    /** Where the file is served. */
    public String url() {
        return MediaPaths.url(storageKey);
    }
}
