package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Batches (lots) of products: a producer records them for its own products, officers see them
 * all; a batch is found by its GTIN-14 and lot (the Digital Link), and can be withdrawn by its
 * producer or an officer (audited), after which its links answer 410.
 */
@Singleton
public class Batches {

    public static final int ORIGIN_LENGTH = 500;
    public static final int ORIGIN_CODE_LENGTH = 60;
    public static final int STANDARDS_LENGTH = 300;
    public static final int REASON_LENGTH = 1000;
    public static final int MAX_QUANTITY = 10_000_000;

    private final BatchRepository batches;
    private final TraceEventRepository events;
    private final AuditTrail audit;
    private final Clock clock;

    private final ReportRepository reports;

    Batches(BatchRepository batches, TraceEventRepository events, ReportRepository reports, AuditTrail audit,
            Clock clock) {
        this.batches = batches;
        this.reports = reports;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a batch of one of the signed-in producer's products.
     *
     * @throws InvalidInputException the {@link #problems} of the batch, or {@code traceability.producerOnly}
     * @throws NotFoundException     the product is not the producer's
     */
    @Transactional
    public BatchView record(SignedInUser user, NewBatch command) {
        long producerId = producerOf(user);
        BatchRepository.Item item = batches.item(command.productId(), command.variantId())
                .filter(i -> i.producerId() == producerId)
                .orElseThrow(() -> new NotFoundException("product " + command.productId()));
        List<FieldError> errors = problems(command);
        if (command.variantId() != null && item.variantId() == null) {
            errors.add(FieldError.of("variantId", "traceability.variant.unknown"));
        }
        if (command.variantId() == null && item.variantCount() > 0) {
            errors.add(FieldError.of("variantId", "traceability.variant.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String gtin = gtinOf(item);
        String lot = command.lot().strip();
        if (batches.findByGtinAndLot(gtin, lot).isPresent()) {
            throw InvalidInputException.of("lot", "traceability.lot.taken", lot);
        }
        Batch saved = batches.save(new Batch(null, item.productId(), item.variantId(), producerId, gtin, lot,
                command.productionDate(), command.bestBefore(), command.quantity(), 0, blankToNull(command.originText()),
                blankToNull(command.originCode()), blankToNull(command.standards()), BatchStatus.ACTIVE, null, null,
                null, false, clock.instant()));
        return saved.view();
    }

    /** What is wrong with a batch's fields (empty when nothing): lot rules, dates, quantity, lengths. */
    public List<FieldError> problems(NewBatch c) {
        List<FieldError> errors = new ArrayList<>();
        Lots.problem(c.lot() == null ? null : c.lot().strip()).ifPresent(code ->
                errors.add(FieldError.of("lot", code, Lots.MAX_LENGTH)));
        LocalDate today = VietnameseDates.today(clock);
        if (c.productionDate() == null) {
            errors.add(FieldError.of("productionDate", "traceability.productionDate.required"));
        } else if (c.productionDate().isAfter(today)) {
            errors.add(FieldError.of("productionDate", "traceability.productionDate.future"));
        }
        if (c.bestBefore() == null) {
            errors.add(FieldError.of("bestBefore", "traceability.bestBefore.required"));
        } else if (c.productionDate() != null && c.bestBefore().isBefore(c.productionDate())) {
            errors.add(FieldError.of("bestBefore", "traceability.bestBefore.beforeProduction"));
        }
        if (c.quantity() == null || c.quantity() < 1 || c.quantity() > MAX_QUANTITY) {
            errors.add(FieldError.of("quantity", "traceability.quantity.range", 1, MAX_QUANTITY));
        }
        tooLong(errors, "originText", c.originText(), ORIGIN_LENGTH);
        tooLong(errors, "originCode", c.originCode(), ORIGIN_CODE_LENGTH);
        tooLong(errors, "standards", c.standards(), STANDARDS_LENGTH);
        return errors;
    }

    /** The batch under this GTIN-14 and lot (withdrawn ones included; see {@link BatchView#withdrawn}). */
    @Transactional(readOnly = true)
    public Optional<BatchView> byGtinAndLot(String gtin14, String lot) {
        if (!Gtin14.valid(gtin14) || lot == null) {
            return Optional.empty();
        }
        return batches.findByGtinAndLot(gtin14, lot).map(Batch::view);
    }

    @Transactional(readOnly = true)
    public Optional<BatchView> byId(long batchId) {
        return batches.findById(batchId).map(Batch::view);
    }

    /** The batch when this user may see it: its producer's people and officers. */
    @Transactional(readOnly = true)
    public Optional<BatchView> visibleTo(SignedInUser user, long batchId) {
        return batches.findById(batchId).filter(b -> maySee(user, b.producerId())).map(Batch::view);
    }

    /** A product's batches, latest best-before first. */
    @Transactional(readOnly = true)
    public List<BatchView> ofProduct(long productId) {
        return batches.ofProduct(productId).stream().map(Batch::view).toList();
    }

    /** A product's active, unexpired batches with units left, first-expiring first (what may ship now). */
    @Transactional(readOnly = true)
    public List<BatchView> inStock(long productId) {
        return batches.inStock(productId, VietnameseDates.today(clock)).stream().map(Batch::view).toList();
    }

    /** A page of the batches this user sees, newest first: a producer its own, an officer every one. */
    @Transactional(readOnly = true)
    public List<BatchView> page(SignedInUser user, int offset, int limit) {
        List<Batch> rows = user.hasRole(Role.OFFICER) ? batches.page(Math.max(0, offset), Math.max(0, limit))
                : batches.ofProducer(producerOf(user), Math.max(0, offset), Math.max(0, limit));
        return rows.stream().map(Batch::view).toList();
    }

    @Transactional(readOnly = true)
    public long count(SignedInUser user) {
        return user.hasRole(Role.OFFICER) ? batches.count() : batches.countOfProducer(producerOf(user));
    }

    /**
     * Withdraws a batch: its links answer 410 and orders no longer ship from it. Its producer or an
     * officer only; audited.
     *
     * @throws InvalidInputException {@code traceability.withdraw.reason} without a reason,
     *                               {@code traceability.withdraw.already} for a withdrawn batch
     * @throws NotFoundException     not a batch this user may see
     */
    @Transactional
    public BatchView withdraw(SignedInUser user, long batchId, String reason) {
        Batch batch = batches.findById(batchId).filter(b -> maySee(user, b.producerId()))
                .orElseThrow(() -> new NotFoundException("batch " + batchId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "traceability.withdraw.reason", REASON_LENGTH);
        }
        if (batches.withdraw(batchId, clock.instant(), why, user.email()) == 0) {
            throw InvalidInputException.of("reason", "traceability.withdraw.already");
        }
        audit.record(user.email(), "BATCH_WITHDRAWN", null, batch.productId(),
                "batch " + batch.gtin() + "/" + batch.lot() + ": " + why);
        return batches.findById(batchId).orElseThrow().view();
    }

    /**
     * Marks one of the producer's active batches as serialised: its units get their own serial
     * codes (ordered and printed with the batch's labels).
     */
    @Transactional
    public BatchView markSerialised(SignedInUser user, long batchId) {
        Batch batch = batches.findById(batchId).filter(b -> b.producerId() == producerOf(user))
                .orElseThrow(() -> new NotFoundException("batch " + batchId));
        if (batch.status() == BatchStatus.WITHDRAWN) {
            throw InvalidInputException.of("batch", "traceability.event.withdrawn");
        }
        batches.markSerialised(batchId);
        return batches.findById(batchId).orElseThrow().view();
    }

    /** The events of a batch in time order (those naming it as subject, input or output). */
    @Transactional(readOnly = true)
    public List<TraceEventView> events(long batchId) {
        return events.ofBatch(batchId);
    }

    /** The signed-in producer's products, by name, to record batches of. */
    @Transactional(readOnly = true)
    public List<Choice> productsOf(SignedInUser user) {
        return reports.productsOf(producerOf(user));
    }

    /** A product's active variants, in their order. */
    @Transactional(readOnly = true)
    public List<Choice> variantsOf(long productId) {
        return reports.variantsOf(productId);
    }

    /** The names of these products, by id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> productNames(java.util.Collection<Long> productIds) {
        return productIds.isEmpty() ? java.util.Map.of() : reports.productNames(productIds).stream()
                .collect(java.util.stream.Collectors.toMap(Choice::id, Choice::name));
    }

    /** The GTIN-14 batches of this product (or variant) are recorded under. */
    @Transactional(readOnly = true)
    public Optional<String> gtinOf(long productId, @Nullable Long variantId) {
        return batches.item(productId, variantId).map(this::gtinOf);
    }

    private String gtinOf(BatchRepository.Item item) {
        return batches.gtinInUse(item.productId(), item.variantId()).orElseGet(() -> Gtin14.assign(
                item.variantId() != null ? item.variantGtin() : item.productGtin(), item.companyPrefix(),
                item.productId(), item.variantId()));
    }

    static boolean maySee(SignedInUser user, long producerId) {
        return user != null && (user.hasRole(Role.OFFICER)
                || user.hasRole(Role.PRODUCER) && user.producerId() != null && user.producerId() == producerId);
    }

    private static long producerOf(SignedInUser user) {
        if (user == null || !user.hasRole(Role.PRODUCER) || user.producerId() == null) {
            throw InvalidInputException.of("producer", "traceability.producerOnly");
        }
        return user.producerId();
    }

    private static void tooLong(List<FieldError> errors, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(FieldError.of(field, "traceability.tooLong", max));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
