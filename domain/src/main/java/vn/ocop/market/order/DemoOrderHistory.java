package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.RunMode;

import java.time.Duration;
import java.util.List;

/**
 * The demo's past: orders placed through the real checkout while the demo loads, then moved back in
 * time as a whole (the orders, their history and their checkouts), so that a past fair has the orders
 * of its days. Refused outside the demo mode. The days left and reached are marked for the daily sales.
 */
@Singleton
public class DemoOrderHistory {

    private final OrderShiftRepository repository;
    private final RunMode mode;

    DemoOrderHistory(OrderShiftRepository repository, @Value("${" + RunMode.PROPERTY + ":production}") String mode) {
        this.repository = repository;
        this.mode = RunMode.of(mode);
    }

    /** Moves the orders back by the given time (whole seconds); demo mode only. */
    @Transactional
    public void moveBack(List<Long> orderIds, Duration back) {
        if (!mode.demo()) {
            throw new IllegalStateException("Orders are moved in time in the demo only");
        }
        if (orderIds.isEmpty()) {
            return;
        }
        repository.markDays(orderIds);
        repository.shiftOrders(orderIds, back.toSeconds());
        repository.shiftEvents(orderIds, back.toSeconds());
        repository.shiftCheckouts(orderIds, back.toSeconds());
        repository.markDays(orderIds);
    }
}
