package vn.ocop.market.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells shoppers about live events, in the background under a lease: a producer's followers when it
 * schedules an event and when the event goes live; those who asked to be reminded when it goes live.
 * Each is told once: the event's told marks and each reminder's {@code notified_at} are set by a
 * conditional update in the transaction that creates the notices (e-mailed by the notice queue).
 */
@Singleton
public class LiveNews {

    /** What one run did. */
    public record Result(int events, int notices) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveNews.class);
    private static final String LOCK = "live-news";
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ClockFactory.VIETNAM);

    private final LiveEventRepository events;
    private final LiveReminderRepository reminders;
    private final LiveNewsRepository followers;
    private final Producers producers;
    private final Notices notices;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;
    private final Clock clock;
    private final String publicUrl;

    LiveNews(LiveEventRepository events, LiveReminderRepository reminders, LiveNewsRepository followers,
             Producers producers, Notices notices, JobLocks locks, Clock clock,
             @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl,
            @Value("${ocop.live.news-interval:5s}") Duration period) {
        this.events = events;
        this.reminders = reminders;
        this.followers = followers;
        this.producers = producers;
        this.notices = notices;
        this.locks = locks;
        this.period = period;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Scheduled(fixedDelay = "${ocop.live.news-interval:5s}", initialDelay = "20s")
    void scheduled() {
        try {
            Result result = locks.scheduledPass(period, this::run);
            if (result.notices() > 0) {
                LOG.info("Live events told: {} event(s), {} notice(s)", result.events(), result.notices());
            }
        } catch (RuntimeException e) {
            LOG.warn("Telling about live events failed, will retry: {}", e.toString());
        }
    }

    /** Tells about every event scheduled or live whose followers were not told yet, one event per transaction. */
    public Result run() {
        return locks.runExclusive(LOCK, LEASE, (JobLocks.LeasedWork<Result, RuntimeException>) lease -> {
            int told = 0;
            int count = 0;
            List<LiveEvent> batch;
            do {
                batch = untold();
                for (LiveEvent event : batch) {
                    if (!lease.stillHeld()) {
                        return new Result(count, told);
                    }
                    told += tell(event.id());
                    count++;
                }
            } while (batch.size() == BATCH);
            return new Result(count, told);
        }).orElse(new Result(0, 0));
    }

    /** Events to tell about (public for the transaction proxy). */
    @Transactional(readOnly = true)
    public List<LiveEvent> untold() {
        return events.untold(BATCH);
    }

    /** Tells about one event as it stands now; returns the notices created (public for the transaction proxy). */
    @Transactional
    public int tell(long eventId) {
        LiveEvent event = events.lock(eventId).orElse(null);
        if (event == null) {
            return 0;
        }
        Producer producer = producers.find(event.producerId()).orElseThrow();
        String url = publicUrl + LivePaths.page(eventId);
        int told = 0;
        if (event.status() == LiveStatus.SCHEDULED && events.markToldScheduled(eventId, clock.instant()) == 1) {
            String title = Messages.text(Messages.VIETNAMESE, "live.notice.scheduled.title", producer.name(), event.title());
            String body = Messages.text(Messages.VIETNAMESE, "live.notice.scheduled.body", producer.name(),
                    event.title(), WHEN.format(event.startsAt()), url);
            for (LiveNewsRepository.Follower f : followers.followersOf(event.producerId())) {
                notices.createForShopperAbout(f.userId(), event.producerId(), Notice.LIVE_SCHEDULED, title, body,
                        f.email());
                told++;
            }
        }
        if (event.status() == LiveStatus.LIVE && events.markToldLive(eventId, clock.instant()) == 1) {
            String title = Messages.text(Messages.VIETNAMESE, "live.notice.started.title", producer.name(), event.title());
            String body = Messages.text(Messages.VIETNAMESE, "live.notice.started.body", producer.name(),
                    event.title(), url);
            Set<Long> toldUsers = new HashSet<>();
            List<LiveReminderRepository.Due> due;
            do {
                due = reminders.due(eventId, 500);
                for (LiveReminderRepository.Due r : due) {
                    if (reminders.markNotified(r.id(), clock.instant()) == 1 && r.userId() != null
                            && toldUsers.add(r.userId())) {
                        notices.createForShopperAbout(r.userId(), event.producerId(), Notice.LIVE_STARTED, title,
                                body, r.email());
                        told++;
                    }
                }
            } while (due.size() == 500);
            for (LiveNewsRepository.Follower f : followers.followersOf(event.producerId())) {
                if (toldUsers.add(f.userId())) {
                    notices.createForShopperAbout(f.userId(), event.producerId(), Notice.LIVE_STARTED, title, body,
                            f.email());
                    told++;
                }
            }
        }
        return told;
    }
}
