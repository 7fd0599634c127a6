package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Products' stock, the one place that changes it: a checkout takes it, a cancellation gives it
 * back. Both join the caller's transaction and append the index outbox row of each product.
 */
@Singleton
public class Stock {

    /** A quantity of one product to take. */
    public record Take(long productId, int quantity) {
    }

    /** Why a take was refused: what is left of the product and whether it may be sold now at all. */
    public record Shortfall(long productId, int quantity, int stock, boolean listable) {
    }

    /** The product's stock and whether it is listable, as read after a refused take. */
    @Introspected
    record State(int stock, int listable) {
    }

    private final ProductRepository repository;
    private final Outbox outbox;

    Stock(ProductRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /**
     * Takes every quantity, product by product in id order (so two checkouts cannot deadlock), each
     * by a conditional update that takes it only if enough is left and the product is listable now.
     * Stops at the first one refused and answers why; the caller then rolls the transaction back.
     */
    @Transactional
    public Optional<Shortfall> reserve(List<Take> takes, Instant now) {
        for (Take t : takes.stream().sorted(Comparator.comparingLong(Take::productId)).toList()) {
            if (repository.takeStock(t.productId(), t.quantity(), now) == 0) {
                State state = repository.stockState(t.productId(), now).orElse(new State(0, 0));
                return Optional.of(new Shortfall(t.productId(), t.quantity(), state.stock(), state.listable() != 0));
            }
            outbox.append("product", t.productId(), "StockChanged");
        }
        return Optional.empty();
    }

    /** Gives a quantity of a product back (an order no longer holds it). */
    @Transactional
    public void release(long productId, int quantity) {
        repository.giveBackStock(productId, quantity);
        outbox.append("product", productId, "StockChanged");
    }

    /** Sets what is on hand of a product (a producer's count), from 0 up. */
    @Transactional
    public void set(long productId, int stock) {
        if (stock < 0) {
            throw new IllegalArgumentException("stock must not be negative: " + stock);
        }
        repository.setStock(productId, stock);
        outbox.append("product", productId, "StockChanged");
    }
}
