package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.NotFoundException;

import java.time.Instant;
import java.util.List;

/**
 * A live event's sales as they happen, for its producer's studio: orders, units and revenue of the
 * order lines bought from its items (cancelled and refunded orders left out), and the latest lines.
 */
@Singleton
public class LiveSales {

    /** The newest sales shown in the studio. */
    public static final int LATEST = 50;

    /** Totals of an event's sales. */
    public record Totals(long orders, long units, long revenueVnd) {
    }

    /** One line bought from the event. */
    @Introspected
    public record Sale(long orderId, String number, String status, Instant createdAt, String title, int quantity,
                       long unitPriceVnd) {
    }

    private final LiveSalesRepository repository;
    private final FlashSaleRepository events;

    LiveSales(LiveSalesRepository repository, FlashSaleRepository events) {
        this.repository = repository;
        this.events = events;
    }

    /** The producer's event's totals; {@link NotFoundException} for another producer's event. */
    @Transactional(readOnly = true)
    public Totals totals(long producerId, long eventId) {
        owned(producerId, eventId);
        return totals(eventId);
    }

    /** An event's totals, for officers (who see every event). */
    @Transactional(readOnly = true)
    public Totals totals(long eventId) {
        LiveSalesRepository.Totals t = repository.totals(eventId);
        return new Totals(t.orders(), t.units(), t.revenueVnd());
    }

    /** The event's newest sales, newest first. */
    @Transactional(readOnly = true)
    public List<Sale> latest(long eventId) {
        return repository.latest(eventId, LATEST);
    }

    private void owned(long producerId, long eventId) {
        events.event(eventId).filter(e -> e.producerId() == producerId)
                .orElseThrow(() -> new NotFoundException("No live event " + eventId));
    }
}
