package vn.ocop.market.live.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.live.LiveAudience;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveState;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One per application instance: a single poller reads the version of every event that has viewers on
 * this instance (every {@code ocop.live.hub-poll-ms}, 250 ms) and, when it moved on, builds the
 * event's {@link LiveState} once and pushes it to each local page ({@code UI.access}). Every second it
 * also rebuilds the watched states, so what changes without a version bump (a certificate revoked or
 * expired, live stock sold, a flash sale opening) reaches the pages too. It keeps the viewers counted
 * in {@link LiveAudience} (join, heartbeat, leave) and pushes the count when it changes. Because it
 * reads the database, a pin made on another instance reaches this one's viewers the same way.
 */
@Singleton
public class LiveHub {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    /** A page watching an event: its UI, what it shows with a new state and with a new viewer count. */
    record Viewer(UI ui, String key, Consumer<LiveState> states, IntConsumer audience) {
    }

    /** The local viewers of one event and what was last pushed to them. */
    static final class Watch {
        final List<Viewer> viewers = new CopyOnWriteArrayList<>();
        volatile long version = Long.MIN_VALUE;
        volatile Object shown;
        volatile int count = -1;
    }

    private final LiveEvents events;
    private final LiveAudience audience;
    private final long pollMillis;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-hub");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;
    private long ticks;

    LiveHub(LiveEvents events, LiveAudience audience, @Value("${ocop.live.hub-poll-ms:250}") long pollMillis) {
        this.events = events;
        this.audience = audience;
        this.pollMillis = Math.max(50, pollMillis);
    }

    /**
     * Starts pushing the event's state and viewer count to the page; the returned registration (or the
     * UI's detach) stops it. The viewer is counted in the event's audience meanwhile.
     */
    public Registration watch(long eventId, UI ui, String viewerKey, Consumer<LiveState> states, IntConsumer count) {
        Viewer viewer = new Viewer(ui, viewerKey, states, count);
        Watch watch = watches.computeIfAbsent(eventId, id -> new Watch());
        watch.viewers.add(viewer);
        safely(() -> audience.join(eventId, viewerKey));
        start();
        Registration detach = ui.addDetachListener(e -> leave(eventId, viewer));
        return () -> {
            detach.remove();
            leave(eventId, viewer);
        };
    }

    /** How many pages of this instance watch the event. */
    public int localViewers(long eventId) {
        Watch w = watches.get(eventId);
        return w == null ? 0 : w.viewers.size();
    }

    private void leave(long eventId, Viewer viewer) {
        Watch w = watches.get(eventId);
        if (w != null && w.viewers.remove(viewer)) {
            safely(() -> audience.leave(eventId, viewer.key()));
            watches.computeIfPresent(eventId, (id, cur) -> cur.viewers.isEmpty() ? null : cur);
        }
    }

    private synchronized void start() {
        if (task == null) {
            task = poller.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** One round: versions every time, a full rebuild every second, counts every 5 s, heartbeats every 20 s. */
    void tick() {
        long n = ticks++;
        long perSecond = Math.max(1, 1000 / pollMillis);
        boolean rebuild = n % perSecond == 0;
        boolean count = n % (perSecond * 5) == 0;
        boolean beat = n % Math.max(1, LiveAudience.HEARTBEAT.toMillis() / pollMillis) == 0 && n > 0;
        for (Map.Entry<Long, Watch> e : watches.entrySet()) {
            long eventId = e.getKey();
            Watch w = e.getValue();
            try {
                poll(eventId, w, rebuild);
                if (beat) {
                    w.viewers.forEach(v -> audience.heartbeat(eventId, v.key()));
                }
                if (count || w.count < 0) {
                    int c = audience.count(eventId);
                    if (c != w.count) {
                        w.count = c;
                        w.viewers.forEach(v -> push(eventId, v, () -> v.audience().accept(c)));
                    }
                }
            } catch (RuntimeException ex) {
                LOG.warn("Live event {} was not refreshed: {}", eventId, ex.toString());
            }
        }
    }

    private void poll(long eventId, Watch w, boolean rebuild) {
        Optional<Long> version = events.version(eventId);
        if (version.isEmpty()) {
            return;
        }
        if (version.get() == w.version && !rebuild) {
            return;
        }
        LiveState state = events.state(eventId);
        Object shown = shown(state);
        w.version = version.get();
        if (!Objects.equals(shown, w.shown)) {
            w.shown = shown;
            w.viewers.forEach(v -> push(eventId, v, () -> v.states().accept(state)));
        }
    }

    /** What a page shows of a state (everything but when it was built). */
    static Object shown(LiveState s) {
        return List.of(s.status(), Optional.ofNullable(s.pinnedListable()), s.listableItems(),
                Optional.ofNullable(s.flashSale()), s.livePrices(), Optional.ofNullable(s.playbackUrl()),
                Optional.ofNullable(s.replayUrl()), s.replayExpired(), s.event().title());
    }

    private void push(long eventId, Viewer v, Runnable show) {
        try {
            v.ui().access(show::run);
        } catch (UIDetachedException e) {
            leave(eventId, v);
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("Live audience not updated: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
