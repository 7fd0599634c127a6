package vn.ocop.market.live;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;

/**
 * Shoppers who tap "remind me": each gets a notice and an e-mail once when the event starts
 * ({@link LiveNews}). Anyone else takes the calendar file ({@link LiveCalendar}).
 */
@Singleton
public class LiveReminders {

    private final LiveReminderRepository reminders;
    private final LiveEventRepository events;
    private final Clock clock;

    LiveReminders(LiveReminderRepository reminders, LiveEventRepository events, Clock clock) {
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks to be reminded when a scheduled event starts; asking twice changes nothing.
     *
     * @return whether this call added the reminder
     * @throws InvalidInputException {@code live.remind.notScheduled} for an event live, over or cancelled
     */
    @Transactional
    public boolean subscribe(long userId, long eventId) {
        LiveEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("live event " + eventId));
        if (event.status() != LiveStatus.SCHEDULED) {
            throw InvalidInputException.of("event", "live.remind.notScheduled");
        }
        return reminders.addUser(eventId, userId, clock.instant()) == 1;
    }

    /** Whether the user asked to be reminded of the event. */
    @Transactional(readOnly = true)
    public boolean subscribed(long userId, long eventId) {
        return reminders.countUser(eventId, userId) > 0;
    }

    /** How many asked to be reminded of the event. */
    @Transactional(readOnly = true)
    public int count(long eventId) {
        return reminders.countOf(eventId);
    }
}
