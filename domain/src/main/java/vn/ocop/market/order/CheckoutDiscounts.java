package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A discount a checkout may get (a fair's voucher), implemented by the feature that offers it: found
 * at review and again when placing, then claimed inside the order transaction, so a budget or a
 * buyer's limit reached meanwhile refuses the whole checkout.
 */
public interface CheckoutDiscounts {

    /** Who buys, for per-buyer limits: every key given counts (the user, the e-mail, the phone). */
    record Buyer(@Nullable Long userId, @Nullable String email, @Nullable String phone) {
    }

    /** A discount on a cart: its voucher, its name, and how much comes off each producer's goods. */
    record Discount(long voucherId, String label, Map<Long, Long> byProducer) {

        public Discount {
            byProducer = Map.copyOf(byProducer);
        }

        public long totalVnd() {
            return byProducer.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(long producerId) {
            return byProducer.getOrDefault(producerId, 0L);
        }
    }

    /**
     * The discount these shipments get now: with a code, that code's (refused with an error on
     * {@code voucher} when it cannot be used); without one, the best automatic one, if any.
     */
    Optional<Discount> find(@Nullable String code, @Nullable Buyer buyer, List<Shipment> shipments, Instant now);

    /**
     * Takes the discount from its voucher's budget and the buyer's limit and records it on the
     * orders (producer id → order id), in the caller's transaction; refuses when either ran out.
     */
    void claim(Discount discount, Buyer buyer, long checkoutId, Map<Long, Long> orderIdByProducer, Instant now);
}
