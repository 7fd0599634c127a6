package vn.ocop.market.traceability;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Serialised units: a batch's producer orders serial codes for its units (at most as many as the
 * batch holds), each random and unique on the platform; its labels carry one QR code per unit.
 * A producer works on its own batches only (the producer comes from the session); officers and
 * admins see every batch's codes.
 */
@Singleton
public class Serials {

    /** The most codes one order makes. */
    public static final int MAX_ORDER = 5_000;

    private final SerialRepository repository;
    private final Batches batches;
    private final AuditTrail audit;
    private final Clock clock;

    Serials(SerialRepository repository, Batches batches, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes {@code count} new serial codes for the batch.
     *
     * @throws InvalidInputException {@code traceability.serials.count} outside 1..{@link #MAX_ORDER},
     *                               {@code traceability.serials.overQuantity} beyond the batch's units,
     *                               {@code traceability.serials.withdrawn} for a withdrawn batch,
     *                               {@code traceability.serials.producersOnly} for anyone but its producer
     * @throws NotFoundException     a batch the user may not see
     */
    @Transactional
    public List<UnitSerial> order(SignedInUser user, long batchId, int count) {
        BatchView batch = batches.visibleTo(user, batchId).orElseThrow(() -> new NotFoundException("batch " + batchId));
        if (user.role() != Role.PRODUCER) {
            throw InvalidInputException.of("count", "traceability.serials.producersOnly");
        }
        if (count < 1 || count > MAX_ORDER) {
            throw InvalidInputException.of("count", "traceability.serials.count", MAX_ORDER);
        }
        if (batch.withdrawn()) {
            throw InvalidInputException.of("count", "traceability.serials.withdrawn");
        }
        long existing = repository.countOf(batchId);
        if (existing + count > batch.quantity()) {
            throw InvalidInputException.of("count", "traceability.serials.overQuantity", batch.quantity() - existing);
        }
        Instant now = clock.instant();
        int made = 0;
        while (made < count) {
            made += repository.add(batchId, SerialCodes.next(), now);
        }
        audit.record(user.email(), "SERIALS_ORDERED", null, batch.productId(),
                count + " serial codes for batch " + batchId + " (lot " + batch.lot() + ")");
        return repository.ofBatch(batchId, count, (int) existing);
    }

    /** A page of a batch's codes in the order they were made. */
    @Transactional(readOnly = true)
    public List<UnitSerial> ofBatch(SignedInUser user, long batchId, int offset, int limit) {
        batches.visibleTo(user, batchId).orElseThrow(() -> new NotFoundException("batch " + batchId));
        return repository.ofBatch(batchId, limit, offset);
    }

    /** How many codes the batch has. */
    @Transactional(readOnly = true)
    public long count(SignedInUser user, long batchId) {
        batches.visibleTo(user, batchId).orElseThrow(() -> new NotFoundException("batch " + batchId));
        return repository.countOf(batchId);
    }

    /** A unit by its trade item and serial, for the resolver and the trace page (no sign-in). */
    @Transactional(readOnly = true)
    public Optional<UnitSerial> byGtinAndSerial(String gtin14, String serial) {
        return repository.byGtinAndSerial(gtin14, serial);
    }
}
