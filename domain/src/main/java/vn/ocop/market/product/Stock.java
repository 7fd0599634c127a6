package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import vn.ocop.market.shared.RetryOnConflict;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Products' stock, the one place that changes it: a checkout takes it, a cancellation gives it
 * back. A product sold by variant keeps its stock per variant. Both join the caller's transaction
 * and append the index outbox row of each product.
 */
@Singleton
public class Stock {

    /** A quantity of one product (of one of its variants, when it has any) to take. */
    public record Take(long productId, @Nullable Long variantId, int quantity) {

        public Take(long productId, int quantity) {
            this(productId, null, quantity);
        }
    }

    /** The order two checkouts take stock in: by product, then by variant (the product's own first). */
    public static final Comparator<Take> LOCK_ORDER = Comparator.comparingLong(Take::productId)
            .thenComparingLong(t -> t.variantId() == null ? 0L : t.variantId());

    /** Why a take was refused: what is left of the product (or variant) and whether it may be sold now at all. */
    public record Shortfall(long productId, @Nullable Long variantId, int quantity, int stock, boolean listable) {
    }

    /** The product's stock and whether it is listable, as read after a refused take. */
    @Introspected
    record State(int stock, int listable) {
    }

    private final ProductRepository repository;
    private final VariantRepository variants;
    private final Outbox outbox;

    Stock(ProductRepository repository, VariantRepository variants, Outbox outbox) {
        this.repository = repository;
        this.variants = variants;
        this.outbox = outbox;
    }

    /**
     * Takes every quantity in {@link #LOCK_ORDER} (so two checkouts cannot deadlock), each by a
     * conditional update that takes it only if enough is left and the product is listable now.
     * Stops at the first one refused and answers why; the caller then rolls the transaction back.
     */
    @Transactional
    @RetryOnConflict
    public Optional<Shortfall> reserve(List<Take> takes, Instant now) {
        for (Take t : takes.stream().sorted(LOCK_ORDER).toList()) {
            boolean taken = t.variantId() == null
                    ? repository.takeStock(t.productId(), t.quantity(), now) > 0
                    : variants.takeStock(t.productId(), t.variantId(), t.quantity(), now) > 0;
            if (!taken) {
                State state = (t.variantId() == null
                        ? repository.stockState(t.productId(), now)
                        : variants.stockState(t.productId(), t.variantId(), now)).orElse(new State(0, 0));
                return Optional.of(new Shortfall(t.productId(), t.variantId(), t.quantity(), state.stock(),
                        state.listable() != 0));
            }
            outbox.append("product", t.productId(), "StockChanged");
        }
        return Optional.empty();
    }

    /** Gives a quantity of a product back (an order no longer holds it). */
    @Transactional
    @RetryOnConflict
    public void release(long productId, int quantity) {
        release(productId, null, quantity);
    }

    /** Gives a quantity of a product, or of one of its variants, back. */
    @Transactional
    @RetryOnConflict
    public void release(long productId, @Nullable Long variantId, int quantity) {
        if (variantId == null) {
            repository.giveBackStock(productId, quantity);
        } else {
            variants.giveBackStock(variantId, quantity);
        }
        outbox.append("product", productId, "StockChanged");
    }

    /** Sets what is on hand of a product (a producer's count), from 0 up. */
    @Transactional
    @RetryOnConflict
    public void set(long productId, int stock) {
        if (stock < 0) {
            throw new IllegalArgumentException("stock must not be negative: " + stock);
        }
        repository.setStock(productId, stock);
        outbox.append("product", productId, "StockChanged");
    }
}
