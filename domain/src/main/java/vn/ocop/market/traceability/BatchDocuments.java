package vn.ocop.market.traceability;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.media.ImageKeys;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents of batches (test reports, certificates): PDF, JPEG or PNG, told apart by their first
 * bytes (never by the name or the type the browser claims), stored as uploaded in the media store.
 */
@Singleton
public class BatchDocuments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int TITLE_LENGTH = 200;

    private final BatchRepository batches;
    private final BatchDocumentRepository documents;
    private final ImageStore store;
    private final Clock clock;

    BatchDocuments(BatchRepository batches, BatchDocumentRepository documents, ImageStore store, Clock clock) {
        this.batches = batches;
        this.documents = documents;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Adds a document to one of the signed-in producer's batches.
     *
     * @throws InvalidInputException {@code traceability.document.type}, {@code .size}, {@code .title}
     * @throws NotFoundException     not a batch of this producer
     */
    @Transactional
    public BatchDocument add(SignedInUser user, long batchId, String title, byte[] bytes) {
        batches.findById(batchId).filter(b -> user != null && user.hasRole(Role.PRODUCER)
                && user.producerId() != null && user.producerId() == b.producerId())
                .orElseThrow(() -> new NotFoundException("batch " + batchId));
        List<FieldError> errors = new ArrayList<>();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > TITLE_LENGTH) {
            errors.add(FieldError.of("title", "traceability.document.title", TITLE_LENGTH));
        }
        String extension = bytes == null ? null : kind(bytes);
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            errors.add(FieldError.of("file", "traceability.document.size", MAX_BYTES / (1024 * 1024)));
        } else if (extension == null) {
            errors.add(FieldError.of("file", "traceability.document.type"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String key = ImageKeys.of(bytes, extension);
        String type = ImageKeys.contentType(key);
        store.put(key, bytes, type);
        return documents.save(new BatchDocument(null, batchId, name, type, key, bytes.length, clock.instant()));
    }

    /** A batch's documents, in the order they were added. */
    @Transactional(readOnly = true)
    public List<BatchDocument> of(long batchId) {
        return documents.findByBatchIdOrderById(batchId);
    }

    /** {@code pdf}, {@code jpg} or {@code png} from the file's signature, else null. */
    static String kind(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        return null;
    }
}
