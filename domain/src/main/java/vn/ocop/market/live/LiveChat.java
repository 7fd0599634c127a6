package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.TextLimits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chat of a live event. Signed-in shoppers post plain text while the event is live; a message with a
 * link or a phone number is held (its author and the moderators see it) until a moderator approves it.
 * The moderators are the event's producer and the officers: they delete messages, mute shoppers and set
 * the slow mode, and their own messages are never held or slowed. Floods are refused: at most
 * {@link #FLOOD_MESSAGES} messages in {@link #FLOOD_WINDOW} per shopper, counted in the database so that
 * every app instance applies the same limit. Every change bumps the event's chat version, which the
 * storefront's feeds poll.
 */
@Singleton
public class LiveChat {

    /** The most messages one shopper may post within {@link #FLOOD_WINDOW}. */
    public static final int FLOOD_MESSAGES = 5;
    public static final Duration FLOOD_WINDOW = Duration.ofSeconds(10);
    /** The longest slow mode, in seconds. */
    public static final int MAX_SLOW_MODE = 300;

    private final LiveChatRepository repository;
    private final Clock clock;

    LiveChat(LiveChatRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Posts a message as the signed-in user.
     *
     * @return the message as saved (held when it carries a link or a phone number)
     * @throws InvalidInputException on {@code text}: {@code live.chat.signIn}, {@code live.chat.shoppersOnly},
     *                               {@code live.chat.closed}, {@code live.chat.empty}, {@code shared.text.tooLong},
     *                               {@code live.chat.muted}, {@code live.chat.slowMode} (seconds to wait),
     *                               {@code live.chat.flood} (seconds to wait)
     * @throws NotFoundException     no such event
     */
    @Transactional
    public ChatMessage post(@Nullable SignedInUser user, long eventId, String raw) {
        if (user == null) {
            throw InvalidInputException.of("text", "live.chat.signIn");
        }
        LiveChatRepository.EventChat event = repository.eventForUpdate(eventId)
                .orElseThrow(() -> new NotFoundException("live event " + eventId));
        boolean moderator = moderates(user, event);
        if (!moderator && user.role() != Role.CONSUMER) {
            throw InvalidInputException.of("text", "live.chat.shoppersOnly");
        }
        if (!"LIVE".equals(event.status())) {
            throw InvalidInputException.of("text", "live.chat.closed");
        }
        String text = ChatText.clean(raw);
        if (text.isEmpty()) {
            throw InvalidInputException.of("text", "live.chat.empty");
        }
        if (TextLimits.length(text) > ChatText.MAX_LENGTH) {
            throw InvalidInputException.of("text", "live.chat.tooLong", ChatText.MAX_LENGTH, TextLimits.length(text));
        }
        Instant now = clock.instant();
        String reason = null;
        if (!moderator) {
            if (repository.muted(eventId, user.id()) > 0) {
                throw InvalidInputException.of("text", "live.chat.muted");
            }
            checkPace(user.id(), event, now);
            reason = ChatText.holdReason(text).orElse(null);
        }
        String status = reason == null ? ChatMessage.VISIBLE : ChatMessage.HELD;
        repository.insert(eventId, user.id(), user.displayName(), text, status, reason, now);
        long id = repository.lastId();
        repository.bump(eventId);
        return new ChatMessage(id, eventId, user.id(), user.displayName(), text, status, reason, now);
    }

    /** Slow mode first (it names the wait the producer chose), then the flood limit. */
    private void checkPace(long userId, LiveChatRepository.EventChat event, Instant now) {
        int slow = event.chatSlowModeSeconds();
        if (slow > 0) {
            Instant last = repository.lastPosted(event.id(), userId).orElse(null);
            if (last != null && last.plusSeconds(slow).isAfter(now)) {
                long wait = Math.max(1, (Duration.between(now, last.plusSeconds(slow)).toMillis() + 999) / 1000);
                throw InvalidInputException.of("text", "live.chat.slowMode", slow, wait);
            }
        }
        if (repository.postedSince(event.id(), userId, now.minus(FLOOD_WINDOW)) >= FLOOD_MESSAGES) {
            throw InvalidInputException.of("text", "live.chat.flood", FLOOD_MESSAGES, FLOOD_WINDOW.toSeconds());
        }
    }

    /** The newest messages the viewer may see (nobody signed in: the visible ones), oldest first. */
    @Transactional(readOnly = true)
    public List<ChatMessage> recent(@Nullable SignedInUser viewer, long eventId, int limit) {
        boolean moderator = viewer != null && mayModerate(viewer, eventId);
        Long viewerId = viewer == null ? null : viewer.id();
        return feed(eventId, limit).stream().filter(m -> m.visibleTo(viewerId, moderator)).toList();
    }

    /**
     * The newest messages that are not deleted, held ones included, oldest first: what a feed reads once
     * and filters for each of its viewers with {@link ChatMessage#visibleTo}.
     */
    @Transactional(readOnly = true)
    public List<ChatMessage> feed(long eventId, int limit) {
        return repository.recent(eventId, Math.max(1, Math.min(limit, 500)));
    }

    /** The held messages waiting for a moderator, oldest first. */
    @Transactional(readOnly = true)
    public List<ChatMessage> held(SignedInUser moderator, long eventId) {
        requireModerator(moderator, eventId);
        return repository.held(eventId, 200);
    }

    /** Whether the user may moderate this event's chat: its producer, an officer or an admin. */
    @Transactional(readOnly = true)
    public boolean mayModerate(@Nullable SignedInUser user, long eventId) {
        return user != null && repository.event(eventId).map(e -> moderates(user, e)).orElse(false);
    }

    /** Shows a held message to everyone. */
    @Transactional
    public void approve(SignedInUser moderator, long messageId) {
        ChatMessage message = repository.find(messageId).orElseThrow(() -> new NotFoundException("message " + messageId));
        requireModerator(moderator, message.eventId());
        if (message.held() && repository.moderate(messageId, ChatMessage.VISIBLE, moderator.email(), clock.instant()) > 0) {
            repository.bump(message.eventId());
        }
    }

    /** Deletes a message: nobody sees it any more. */
    @Transactional
    public void delete(SignedInUser moderator, long messageId) {
        ChatMessage message = repository.find(messageId).orElseThrow(() -> new NotFoundException("message " + messageId));
        requireModerator(moderator, message.eventId());
        if (repository.moderate(messageId, ChatMessage.DELETED, moderator.email(), clock.instant()) > 0) {
            repository.bump(message.eventId());
        }
    }

    /** Mutes a shopper in this event's chat (again: nothing changes). */
    @Transactional
    public void mute(SignedInUser moderator, long eventId, long userId) {
        requireModerator(moderator, eventId);
        repository.mute(eventId, userId, moderator.email(), clock.instant());
    }

    @Transactional
    public void unmute(SignedInUser moderator, long eventId, long userId) {
        requireModerator(moderator, eventId);
        repository.unmute(eventId, userId);
    }

    /** The shoppers muted in this event's chat: user id, name and since when. */
    @Transactional(readOnly = true)
    public List<MutedShopper> muted(SignedInUser moderator, long eventId) {
        requireModerator(moderator, eventId);
        return repository.mutedIn(eventId).stream()
                .map(m -> new MutedShopper(m.userId(), m.displayName(), m.mutedAt())).toList();
    }

    /**
     * Sets the slow mode: a shopper waits this many seconds between messages (0 turns it off).
     *
     * @throws InvalidInputException {@code live.chat.slowModeRange} on {@code slowMode} outside 0 to 300
     */
    @Transactional
    public void setSlowMode(SignedInUser moderator, long eventId, int seconds) {
        if (seconds < 0 || seconds > MAX_SLOW_MODE) {
            throw InvalidInputException.of("slowMode", "live.chat.slowModeRange", MAX_SLOW_MODE);
        }
        requireModerator(moderator, eventId);
        repository.slowMode(eventId, seconds);
    }

    /** The slow mode in seconds (0: off). */
    @Transactional(readOnly = true)
    public int slowMode(long eventId) {
        return repository.event(eventId).map(LiveChatRepository.EventChat::chatSlowModeSeconds).orElse(0);
    }

    /** The chat versions of these events, by event id: a feed reloads an event's messages when it moves. */
    @Transactional(readOnly = true)
    public Map<Long, Long> versions(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return repository.versions(eventIds).stream()
                .collect(Collectors.toMap(LiveChatRepository.Version::id, LiveChatRepository.Version::chatVersion));
    }

    /** How many messages everyone saw (visible, not deleted), for the event's report. */
    @Transactional(readOnly = true)
    public long shownCount(long eventId) {
        return repository.countShown(eventId);
    }

    private void requireModerator(SignedInUser user, long eventId) {
        LiveChatRepository.EventChat event = repository.event(eventId)
                .orElseThrow(() -> new NotFoundException("live event " + eventId));
        if (user == null || !moderates(user, event)) {
            throw InvalidInputException.of("moderation", "live.chat.notModerator");
        }
    }

    private static boolean moderates(SignedInUser user, LiveChatRepository.EventChat event) {
        return user.hasRole(Role.OFFICER, Role.ADMIN)
                || (user.role() == Role.PRODUCER && user.producerId() != null && user.producerId() == event.producerId());
    }

    /** A shopper muted in an event's chat. */
    public record MutedShopper(long userId, String displayName, Instant mutedAt) {
    }
}
