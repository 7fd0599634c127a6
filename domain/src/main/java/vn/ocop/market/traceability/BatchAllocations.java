package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.VietnameseDates;

import java.time.Clock;
import java.util.List;

/**
 * Which batch each order line ships from: first-expiring first (FEFO) among the product's (or
 * variant's) active, unexpired batches with units left, split over several batches when one is not
 * enough. Units no batch covers stay untraced (a product without recorded batches still sells).
 * A cancelled order gives its units back to its batches.
 */
@Singleton
public class BatchAllocations {

    private final AllocationRepository repository;
    private final Clock clock;

    BatchAllocations(AllocationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Allocates an order line's units, in the caller's transaction when there is one (the batches are locked in FEFO order).
     *
     * @return how many units batches covered
     */
    @Transactional
    public int allocate(long orderId, long productId, @Nullable Long variantId, int quantity) {
        int left = quantity;
        for (AllocationRepository.Open open : repository.open(productId, variantId, VietnameseDates.today(clock))) {
            if (left == 0) {
                break;
            }
            int n = Math.min(left, open.remaining());
            if (n > 0 && repository.take(open.id(), n) > 0) {
                repository.record(orderId, productId, variantId, open.id(), n);
                left -= n;
            }
        }
        return quantity - left;
    }

    /** Gives an order's units back to their batches (the order was cancelled). */
    @Transactional
    public void release(long orderId) {
        repository.giveBack(orderId);
        repository.forget(orderId);
    }

    /** The batches an order's lines were shipped from. */
    @Transactional(readOnly = true)
    public List<ShippedBatch> ofOrder(long orderId) {
        return repository.ofOrder(orderId);
    }
}
