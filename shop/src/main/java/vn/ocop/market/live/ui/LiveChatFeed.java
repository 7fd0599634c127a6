package vn.ocop.market.live.ui;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.live.ChatMessage;
import vn.ocop.market.live.LiveAudience;
import vn.ocop.market.live.LiveChat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The chats of the live events this app instance shows (one per instance): a single poller reads the chat
 * versions of the events with open panels in one query and, when one moves (a message, an approval, a
 * deletion on any instance), reads that event's newest messages once and hands them to each of its
 * panels, which filter them for their viewer and push them. The same poller keeps the audience: every
 * few seconds it refreshes the viewer count of each event and sends its viewers' heartbeats in one go.
 */
@Singleton
public class LiveChatFeed {

    private static final Logger LOG = LoggerFactory.getLogger(LiveChatFeed.class);
    /** Messages a panel shows. */
    static final int SHOWN = 50;

    private final LiveChat chat;
    private final LiveAudience audience;
    private final Map<Long, Set<LiveChatPanel>> panels = new ConcurrentHashMap<>();
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller;
    private final long countEvery;
    private final long heartbeatEvery;
    private long ticks;

    LiveChatFeed(LiveChat chat, LiveAudience audience,
                 @Value("${ocop.live.chat-poll-millis:300}") long pollMillis) {
        this.chat = chat;
        this.audience = audience;
        this.countEvery = Math.max(1, 3000 / pollMillis);
        this.heartbeatEvery = Math.max(1, LiveAudience.HEARTBEAT.toMillis() / pollMillis);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-chat-feed");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** A panel opened: it joins the audience and gets the event's messages from now on. */
    void register(LiveChatPanel panel) {
        audience.join(panel.eventId(), panel.viewerKey());
        panels.computeIfAbsent(panel.eventId(), id -> ConcurrentHashMap.newKeySet()).add(panel);
    }

    /** A panel closed: it leaves the audience. */
    void unregister(LiveChatPanel panel) {
        Set<LiveChatPanel> of = panels.get(panel.eventId());
        if (of != null) {
            of.remove(panel);
            if (of.isEmpty()) {
                panels.remove(panel.eventId(), of);
                versions.remove(panel.eventId());
            }
        }
        try {
            audience.leave(panel.eventId(), panel.viewerKey());
        } catch (RuntimeException e) {
            LOG.debug("Could not record that a viewer left: {}", e.toString());
        }
    }

    /** How many watch the event now, on every instance. */
    int viewers(long eventId) {
        return audience.count(eventId);
    }

    /** Panels open on this instance, for the benchmark and the tests. */
    public int panelCount() {
        return panels.values().stream().mapToInt(Set::size).sum();
    }

    /** One round: chat versions every time; counts and heartbeats every few rounds. */
    void tick() {
        try {
            ticks++;
            if (panels.isEmpty()) {
                return;
            }
            Map<Long, Long> now = chat.versions(List.copyOf(panels.keySet()));
            now.forEach((eventId, version) -> {
                Long seen = versions.put(eventId, version);
                if (seen == null || !seen.equals(version)) {
                    List<ChatMessage> messages = chat.feed(eventId, SHOWN);
                    panels.getOrDefault(eventId, Set.of()).forEach(p -> p.show(messages));
                }
            });
            if (ticks % countEvery == 0) {
                panels.forEach((eventId, of) -> {
                    int count = audience.count(eventId);
                    of.forEach(p -> p.showViewers(count));
                });
            }
            if (ticks % heartbeatEvery == 0) {
                panels.forEach((eventId, of) ->
                        audience.heartbeat(eventId, of.stream().map(LiveChatPanel::viewerKey).toList()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Live chat feed round failed; the next one retries: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
