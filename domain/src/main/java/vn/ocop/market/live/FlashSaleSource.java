package vn.ocop.market.live;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link LiveEvents#state} finds an event's current or coming flash sale (implemented by the
 * flash sales of this package; without an implementation there is none).
 */
public interface FlashSaleSource {

    Optional<LiveState.FlashSale> current(long eventId, Instant now);
}
