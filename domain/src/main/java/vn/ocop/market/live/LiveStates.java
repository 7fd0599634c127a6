package vn.ocop.market.live;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds {@link LiveState} snapshots (called inside {@link LiveEvents#state}'s transaction). */
@Singleton
class LiveStates {

    private final LiveEventRepository events;
    private final LiveItemRepository items;
    private final Producers producers;
    private final MediaServer media;
    private final List<FlashSaleSource> flashSales;
    private final Clock clock;
    private final Duration grace;
    private final Duration replayKept;

    LiveStates(LiveEventRepository events, LiveItemRepository items, Producers producers, MediaServer media,
               List<FlashSaleSource> flashSales, Clock clock,
               @Value("${ocop.live.price-grace-minutes:10}") int graceMinutes,
               @Value("${ocop.live.replay-days:90}") int replayDays) {
        this.events = events;
        this.items = items;
        this.producers = producers;
        this.media = media;
        this.flashSales = flashSales;
        this.clock = clock;
        this.grace = Duration.ofMinutes(Math.max(0, graceMinutes));
        this.replayKept = LiveEvents.replayKept(replayDays);
    }

    boolean livePricesApply(LiveEvent event, Instant now) {
        return event.status() == LiveStatus.LIVE
                || (event.status() == LiveStatus.ENDED && event.endedAt() != null
                && now.isBefore(event.endedAt().plus(grace)));
    }

    LiveState build(long eventId) {
        LiveEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("live event " + eventId));
        Instant now = clock.instant();
        boolean prices = livePricesApply(event, now);
        List<LiveState.Item> list = items.rowsOf(eventId, now).stream().map(r -> new LiveState.Item(r.id(),
                r.productId(), r.variantId(), r.productSlug(), r.name(), r.nameEn(), r.variantLabel(),
                r.normalPriceVnd(), prices && r.listable() == 1 ? r.livePriceVnd() : null,
                r.liveStockCap() == null ? null : Math.max(0, r.liveStockCap() - r.liveSold()), r.perBuyerLimit(),
                r.stock(), r.listable() == 1)).toList();
        LiveState.Item pinned = event.pinnedItemId() == null ? null
                : list.stream().filter(i -> i.itemId() == event.pinnedItemId()).findFirst().orElse(null);
        LiveState.FlashSale flash = null;
        if (event.status() == LiveStatus.LIVE) {
            for (FlashSaleSource source : flashSales) {
                Optional<LiveState.FlashSale> f = source.current(eventId, now);
                if (f.isPresent()) {
                    flash = f.get();
                    break;
                }
            }
        }
        Optional<Producer> producer = producers.find(event.producerId());
        String playback = event.status() == LiveStatus.LIVE && event.mode() == LiveMode.PLATFORM && media.available()
                ? media.playbackUrl(eventId) : null;
        String replay = event.replayAvailable(now, replayKept) ? media.replayUrl(event.recording()) : null;
        return new LiveState(event, producer.map(Producer::name).orElse(""), producer.map(Producer::slug).orElse(""),
                event.status(), pinned, list, flash, event.version(), prices, playback, replay,
                event.replayExpired(now, replayKept), now);
    }
}
