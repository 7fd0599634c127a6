package vn.ocop.market.live;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flash sales a producer starts from the studio during their live event: a featured item at a
 * lower price, a countdown (10-300 s), then a window (30-600 s) while at most {@code cap} units sell
 * at that price, the cap taken by a conditional update at checkout ({@link LiveClaims}).
 */
@Singleton
public class FlashSales {

    public static final int MIN_COUNTDOWN = 10;
    public static final int MAX_COUNTDOWN = 300;
    public static final int MIN_WINDOW = 30;
    public static final int MAX_WINDOW = 600;

    private final FlashSaleRepository repository;
    private final Clock clock;

    FlashSales(FlashSaleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Starts a flash sale on one of the producer's live event's items. Refuses another producer's
     * event (not found), an event not live, an item it does not feature, a second sale while one
     * runs, and with field errors a price not below the normal one, a cap above the stock, a countdown
     * or a window out of range. Bumps the event's version so viewers see the countdown.
     */
    @Transactional
    public FlashSale start(long producerId, long eventId, long itemId, long priceVnd, int cap, int countdownSeconds,
                           int windowSeconds) {
        FlashSaleRepository.EventRow event = repository.event(eventId)
                .filter(e -> e.producerId() == producerId)
                .orElseThrow(() -> new NotFoundException("No live event " + eventId));
        if (!"LIVE".equals(event.status())) {
            throw InvalidInputException.of("event", "live.flash.notLive");
        }
        FlashSaleRepository.ItemRow item = repository.item(eventId, itemId)
                .orElseThrow(() -> InvalidInputException.of("item", "live.flash.itemUnknown"));
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (priceVnd < 1) {
            errors.add(FieldError.of("price", "live.flash.price.tooLow"));
        } else if (priceVnd >= item.normalPriceVnd()) {
            errors.add(FieldError.of("price", "live.flash.price.notLower", Vnd.format(item.normalPriceVnd())));
        }
        if (cap < 1) {
            errors.add(FieldError.of("cap", "live.flash.cap.tooSmall"));
        } else if (cap > item.stock()) {
            errors.add(FieldError.of("cap", "live.flash.cap.overStock", item.stock()));
        }
        if (countdownSeconds < MIN_COUNTDOWN || countdownSeconds > MAX_COUNTDOWN) {
            errors.add(FieldError.of("countdown", "live.flash.countdown.outOfRange", MIN_COUNTDOWN, MAX_COUNTDOWN));
        }
        if (windowSeconds < MIN_WINDOW || windowSeconds > MAX_WINDOW) {
            errors.add(FieldError.of("window", "live.flash.window.outOfRange", MIN_WINDOW, MAX_WINDOW));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (repository.running(eventId, now) > 0) {
            throw InvalidInputException.of("item", "live.flash.running");
        }
        Instant startsAt = now.plusSeconds(countdownSeconds);
        long id = repository.save(new FlashSaleRecord(null, eventId, itemId, priceVnd, cap, 0, now, startsAt,
                startsAt.plusSeconds(windowSeconds))).id();
        repository.bumpVersion(eventId);
        return repository.find(id).orElseThrow();
    }

    /** The event's flash sale counting down or open now, if any. */
    @Transactional(readOnly = true)
    public Optional<FlashSale> current(long eventId) {
        return repository.current(eventId, clock.instant());
    }

    /** The event's flash sales, newest first. */
    @Transactional(readOnly = true)
    public List<FlashSale> ofEvent(long eventId) {
        return repository.ofEvent(eventId);
    }
}
