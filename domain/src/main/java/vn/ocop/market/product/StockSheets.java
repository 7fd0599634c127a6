package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A producer's stock sheet in the seller centre: every product and variant with what is on hand
 * and its low-stock threshold, edited many rows at once. A producer user works on its own
 * producer's sheet (the producer comes from the signed-in user); an officer on any producer's.
 * A bulk edit is all or nothing: one wrong value and nothing is saved.
 */
@Singleton
public class StockSheets {

    /** The most rows a sheet shows and a bulk edit or an import handles. */
    public static final int MAX_ROWS = 5000;

    /** New values for one row of the sheet (by {@link StockRow#key()}); a null stays as it is. */
    public record Change(String key, @Nullable Integer stock, @Nullable Integer threshold) {
    }

    private final StockSheetRepository repository;
    private final Stock stock;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Refusals refusals;

    StockSheets(StockSheetRepository repository, Stock stock, Outbox outbox, AuditTrail audit, Refusals refusals) {
        this.repository = repository;
        this.stock = stock;
        this.outbox = outbox;
        this.audit = audit;
        this.refusals = refusals;
    }

    /**
     * The producer whose sheet the user works on: a producer user's own whatever is asked, the one
     * asked for an officer; anyone else is refused and the refusal audited.
     */
    public long producerOf(SignedInUser user, @Nullable Long asked) {
        if (user.role() == Role.PRODUCER && user.producerId() != null) {
            return user.producerId();
        }
        if (user.role() == Role.OFFICER && asked != null) {
            return asked;
        }
        refusals.record(user, "stock sheet", null);
        throw InvalidInputException.of("producerId", "product.owner.refused");
    }

    /** The producer's products and variants, each variant after its product; only the low ones if asked. */
    @Transactional(readOnly = true)
    public List<StockRow> rows(SignedInUser user, @Nullable Long producerId, boolean lowOnly) {
        return repository.rows(producerOf(user, producerId), lowOnly, MAX_ROWS);
    }

    /** How many of the producer's products and variants are at or under their thresholds. */
    @Transactional(readOnly = true)
    public long countLow(long producerId) {
        return repository.countLow(producerId);
    }

    /**
     * Saves every change, or none: a negative count or threshold, or a row that is not the
     * producer's, refuses the whole edit. Each changed count is audited and appends the product's
     * outbox row, so the index follows. Returns how many rows changed.
     */
    @Transactional
    public int save(SignedInUser user, @Nullable Long producerId, List<Change> changes) {
        long producer = producerOf(user, producerId);
        Map<String, StockRow> rows = repository.rows(producer, false, MAX_ROWS).stream()
                .collect(Collectors.toMap(StockRow::key, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (Change c : changes) {
            StockRow row = rows.get(c.key());
            if (row == null) {
                refusals.record(user, "stock edit of " + c.key(), null);
                throw InvalidInputException.of("productId", "product.owner.refused");
            }
            if (c.stock() != null && c.stock() < 0) {
                errors.add(FieldError.of("stock." + c.key(), "product.stock.negativeRow", row.label()));
            }
            if (c.threshold() != null && c.threshold() < 0) {
                errors.add(FieldError.of("threshold." + c.key(), "product.threshold.negativeRow", row.label()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = 0;
        for (Change c : changes) {
            StockRow row = rows.get(c.key());
            boolean done = false;
            if (c.stock() != null && c.stock() != row.stock()) {
                setCount(user, row, c.stock());
                done = true;
            }
            if (c.threshold() != null && c.threshold() != row.threshold()) {
                setThreshold(user, row, c.threshold());
                done = true;
            }
            if (done) {
                changed++;
            }
        }
        return changed;
    }

    /** Sets a row's count: a product's through {@link Stock}, a variant's here; audited, with the outbox row. */
    void setCount(SignedInUser user, StockRow row, int count) {
        if (row.variantId() == null) {
            stock.set(row.productId(), count);
        } else {
            repository.setVariantStock(row.variantId(), count);
            outbox.append("product", row.productId(), "StockChanged");
        }
        audit.record(user.email(), "STOCK_SET", null, row.productId(),
                (row.sku() == null ? "" : row.sku() + ": ") + row.stock() + " -> " + count);
    }

    void setThreshold(SignedInUser user, StockRow row, int threshold) {
        if (row.variantId() == null) {
            repository.setProductThreshold(row.productId(), threshold);
        } else {
            repository.setVariantThreshold(row.variantId(), threshold);
        }
        audit.record(user.email(), "STOCK_THRESHOLD_SET", null, row.productId(),
                (row.sku() == null ? "" : row.sku() + ": ") + row.threshold() + " -> " + threshold);
    }

    /** The producer's listings as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read the accents). */
    @Transactional(readOnly = true)
    public byte[] exportCsv(SignedInUser user, @Nullable Long producerId) {
        return ListingCsv.write(repository.rows(producerOf(user, producerId), false, MAX_ROWS));
    }
}
