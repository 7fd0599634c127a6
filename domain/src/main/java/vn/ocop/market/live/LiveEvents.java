package vn.ocop.market.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Variant;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Producers' live selling events: scheduling (with the featured products, live prices, caps and
 * limits), changing and cancelling them, the stream key (shown once), pinning an item, ending, and the
 * reads the storefront, the API and the console use. The producer is always the signed-in user's
 * (or the id the console took from the session); every change viewers must see bumps the version.
 */
@Singleton
public class LiveEvents {

    /** How long a replay stays watchable after the end unless {@code ocop.live.replay-days} says otherwise. */
    public static final int REPLAY_DAYS = 90;
    /** The most events one list holds. */
    public static final int LIST_MAX = 200;

    /** A newly scheduled event and its stream key (null for an external live), shown to the producer once. */
    public record Scheduled(LiveEvent event, @Nullable String streamKey) {
    }

    private final LiveEventRepository events;
    private final LiveItemRepository items;
    private final Catalog catalog;
    private final Producers producers;
    private final LiveStates states;
    private final Clock clock;
    private final Duration replayKept;

    LiveEvents(LiveEventRepository events, LiveItemRepository items, Catalog catalog, Producers producers,
               LiveStates states, Clock clock, @Value("${ocop.live.replay-days:90}") int replayDays) {
        this.events = events;
        this.items = items;
        this.catalog = catalog;
        this.producers = producers;
        this.states = states;
        this.clock = clock;
        this.replayKept = replayKept(replayDays);
    }

    /** How long replays are kept: the configured days, at least one. */
    static Duration replayKept(int days) {
        return Duration.ofDays(Math.max(1, days));
    }

    /** How long a replay stays watchable after the event ended ({@code ocop.live.replay-days}, 90). */
    public Duration replayKept() {
        return replayKept;
    }

    /** Whether the event's replay may be watched now (ended with a recording, within the kept days). */
    public boolean replayAvailable(LiveEvent event) {
        return event.replayAvailable(clock.instant(), replayKept);
    }

    /**
     * Schedules an event for the signed-in producer; an on-platform event gets its stream key.
     *
     * @throws InvalidInputException one field error per problem (see {@link LiveRules})
     * @throws SecurityException     anyone but a producer
     */
    @Transactional
    public Scheduled schedule(SignedInUser user, LiveDraft draft) {
        long producerId = producerOf(user);
        producers.requireApproved(producerId);
        check(producerId, draft, true);
        String key = draft.mode() == LiveMode.PLATFORM ? StreamKeys.newKey() : null;
        LiveEvent saved = events.save(new LiveEvent(null, producerId, draft.title().strip(), clean(draft.description()),
                clean(draft.cover()), draft.startsAt(), draft.expectedMinutes(), draft.mode(), external(draft),
                key == null ? null : StreamKeys.hash(key), LiveStatus.SCHEDULED, null, null, null, null, 0,
                clock.instant(), null, null, null));
        saveItems(saved.id(), draft);
        return new Scheduled(saved, key);
    }

    /**
     * Changes a scheduled event of the signed-in producer (its items are replaced; the pinned item is
     * cleared). Switching to the platform gives the event a key when it had none (returned, else null).
     */
    @Transactional
    public Scheduled update(SignedInUser user, long eventId, LiveDraft draft) {
        LiveEvent event = owned(user, eventId);
        if (event.status() != LiveStatus.SCHEDULED) {
            throw InvalidInputException.of("status", "live.update.notScheduled");
        }
        check(event.producerId(), draft, draft.startsAt() == null || !draft.startsAt().equals(event.startsAt()));
        String key = draft.mode() == LiveMode.PLATFORM && event.streamKeyHash() == null ? StreamKeys.newKey() : null;
        String hash = draft.mode() == LiveMode.PLATFORM
                ? (key != null ? StreamKeys.hash(key) : event.streamKeyHash()) : null;
        LiveEvent saved = events.update(new LiveEvent(event.id(), event.producerId(), draft.title().strip(),
                clean(draft.description()), clean(draft.cover()), draft.startsAt(), draft.expectedMinutes(),
                draft.mode(), external(draft), hash, event.status(), null, null, null, null, event.version() + 1,
                event.createdAt(), event.toldScheduledAt(), null, null));
        items.deleteOf(eventId);
        saveItems(eventId, draft);
        return new Scheduled(saved, key);
    }

    /** Cancels a scheduled event of the signed-in producer (one already live or over cannot be cancelled). */
    @Transactional
    public void cancel(SignedInUser user, long eventId) {
        owned(user, eventId);
        if (events.cancel(eventId) == 0) {
            throw InvalidInputException.of("status", "live.cancel.notScheduled");
        }
    }

    /** A new stream key for a scheduled on-platform event of the signed-in producer; the old one stops working. */
    @Transactional
    public String regenerateKey(SignedInUser user, long eventId) {
        LiveEvent event = owned(user, eventId);
        if (event.mode() != LiveMode.PLATFORM || event.status() != LiveStatus.SCHEDULED) {
            throw InvalidInputException.of("streamKey", "live.key.notScheduled");
        }
        String key = StreamKeys.newKey();
        events.setKeyHash(eventId, StreamKeys.hash(key));
        return key;
    }

    /** Pins one of the event's items for every viewer (the producer's own event, scheduled or live). */
    @Transactional
    public void pin(long producerId, long eventId, long itemId) {
        LiveEvent event = ownedBy(producerId, eventId);
        LiveItem item = items.findById(itemId).filter(i -> i.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException("live item " + itemId));
        if (event.status() == LiveStatus.ENDED || event.status() == LiveStatus.CANCELLED) {
            throw InvalidInputException.of("status", "live.pin.over");
        }
        events.pin(eventId, item.id());
    }

    /** Takes the pinned card away. */
    @Transactional
    public void unpin(long producerId, long eventId) {
        ownedBy(producerId, eventId);
        events.pin(eventId, null);
    }

    /** Ends the producer's event now (live or scheduled); the recording, if any, arrives with the media server's callback. */
    @Transactional
    public void end(long producerId, long eventId) {
        ownedBy(producerId, eventId);
        if (events.end(eventId, clock.instant()) == 0) {
            throw InvalidInputException.of("status", "live.end.notRunning");
        }
    }

    @Transactional(readOnly = true)
    public Optional<LiveEvent> find(long eventId) {
        return events.findById(eventId);
    }

    /**
     * Public lists: SCHEDULED (not started yet, the soonest first), LIVE (the latest first), ENDED (the
     * events ended within the replay days, the latest first). CANCELLED events are never listed.
     */
    @Transactional(readOnly = true)
    public List<LiveEvent> listFor(LiveStatus status, int limit) {
        int n = Math.max(0, Math.min(limit, LIST_MAX));
        Instant now = clock.instant();
        return switch (status) {
            case SCHEDULED -> events.scheduledAfter(now.minus(Duration.ofHours(12)), n);
            case LIVE -> events.live(n);
            case ENDED -> events.endedAfter(now.minus(replayKept), n);
            case CANCELLED -> List.of();
        };
    }

    /** The producer's events, the latest start first. */
    @Transactional(readOnly = true)
    public List<LiveEvent> forProducer(long producerId) {
        return events.ofProducer(producerId, LIST_MAX);
    }

    /** Every event for officers, the latest start first. */
    @Transactional(readOnly = true)
    public List<LiveEvent> all(SignedInUser officer, int offset, int limit) {
        if (officer == null || !officer.hasRole(Role.OFFICER, Role.ADMIN)) {
            throw new SecurityException("Only officers see every live event");
        }
        return events.page(Math.max(0, offset), Math.max(0, Math.min(limit, LIST_MAX)));
    }

    @Transactional(readOnly = true)
    public int count() {
        return events.countAll();
    }

    /** The event's items in their order. */
    @Transactional(readOnly = true)
    public List<LiveItem> items(long eventId) {
        return items.ofEvent(eventId);
    }

    /** The items of several events (the API's lists), by event id. */
    @Transactional(readOnly = true)
    public Map<Long, List<LiveItem>> itemsOf(List<Long> eventIds) {
        Map<Long, List<LiveItem>> byEvent = new HashMap<>();
        if (!eventIds.isEmpty()) {
            for (LiveItem i : items.ofEvents(eventIds)) {
                byEvent.computeIfAbsent(i.eventId(), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        return byEvent;
    }

    /** The snapshot a page renders (see {@link LiveState}). */
    @Transactional(readOnly = true)
    public LiveState state(long eventId) {
        return states.build(eventId);
    }

    /** The event's version, read cheaply to see whether pages must rebuild their state. */
    @Transactional(readOnly = true)
    public Optional<Long> version(long eventId) {
        return events.versionOf(eventId);
    }

    /** Whether live prices apply to the event at this instant (live, or ended less than the grace ago). */
    public boolean livePricesApply(LiveEvent event, Instant now) {
        return states.livePricesApply(event, now);
    }

    /** The signed-in producer's products on sale now with their variants: what an event may feature. */
    @Transactional(readOnly = true)
    public List<Catalog.Showcase> pickable(SignedInUser user) {
        long producerId = producerOf(user);
        return catalog.showcases(catalog.listedAmong(catalog.productIdsOf(producerId)));
    }

    /** The producer's event; {@link NotFoundException} for another producer's (its existence is not revealed). */
    @Transactional(readOnly = true)
    public LiveEvent ownedBy(long producerId, long eventId) {
        return events.findById(eventId).filter(e -> e.producerId() == producerId)
                .orElseThrow(() -> new NotFoundException("live event " + eventId));
    }

    private LiveEvent owned(SignedInUser user, long eventId) {
        return ownedBy(producerOf(user), eventId);
    }

    static long producerOf(SignedInUser user) {
        if (user == null || user.role() != Role.PRODUCER || user.producerId() == null) {
            throw new SecurityException("Only a producer manages its live events");
        }
        return user.producerId();
    }

    private void check(long producerId, LiveDraft draft, boolean checkStart) {
        Map<Long, ListedProduct> onSale = new HashMap<>();
        Map<Long, Variant> variants = new HashMap<>();
        for (Catalog.Showcase s : catalog.showcases(catalog.listedAmong(catalog.productIdsOf(producerId)))) {
            onSale.put(s.product().id(), s.product());
            s.variants().forEach(v -> variants.put(v.id(), v));
        }
        List<FieldError> problems = LiveRules.problems(draft, onSale, variants, clock.instant(), checkStart);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void saveItems(long eventId, LiveDraft draft) {
        int position = 0;
        for (LiveDraft.Item i : draft.items()) {
            items.save(new LiveItem(null, eventId, i.productId(), i.variantId(), position++, i.livePriceVnd(),
                    i.liveStockCap(), 0, i.perBuyerLimit()));
        }
    }

    private static String external(LiveDraft draft) {
        return draft.mode() == LiveMode.EXTERNAL ? ExternalLives.allowed(draft.externalUrl()).orElseThrow() : null;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
