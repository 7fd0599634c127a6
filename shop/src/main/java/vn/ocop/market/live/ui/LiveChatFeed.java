package vn.ocop.market.live.ui;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.live.ChatMessage;
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
 * panels, which filter them for their viewer and push them. (The live page's {@code LiveHub} counts the
 * viewers; the chat does not count them twice.)
 */
@Singleton
public class LiveChatFeed {

    private static final Logger LOG = LoggerFactory.getLogger(LiveChatFeed.class);
    /** Messages a panel shows. */
    static final int SHOWN = 50;

    private final LiveChat chat;
    private final Map<Long, Set<LiveChatPanel>> panels = new ConcurrentHashMap<>();
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller;

    LiveChatFeed(LiveChat chat, @Value("${ocop.live.chat-poll-millis:300}") long pollMillis) {
        this.chat = chat;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-chat-feed");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** A panel opened: it gets the event's messages from now on. */
    void register(LiveChatPanel panel) {
        panels.computeIfAbsent(panel.eventId(), id -> ConcurrentHashMap.newKeySet()).add(panel);
    }

    /** A panel closed. */
    void unregister(LiveChatPanel panel) {
        Set<LiveChatPanel> of = panels.get(panel.eventId());
        if (of != null) {
            of.remove(panel);
            if (of.isEmpty()) {
                panels.remove(panel.eventId(), of);
                versions.remove(panel.eventId());
            }
        }
    }

    /** Panels open on this instance, for the benchmark and the tests. */
    public int panelCount() {
        return panels.values().stream().mapToInt(Set::size).sum();
    }

    /** One round: the chat versions of the watched events in one query; messages of those that moved. */
    void tick() {
        try {
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
        } catch (RuntimeException e) {
            LOG.warn("Live chat feed round failed; the next one retries: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
