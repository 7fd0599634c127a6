package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.JobLocks;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Daily sales per producer and product group, kept from the orders for the reports and the officer
 * dashboard (which read these instead of summing every order of the period). Each order transaction
 * marks its order's day; a day is then rebuilt whole from its orders and its marks removed in one
 * transaction, so a rebuild is exact and idempotent, and a mark added while a day is rebuilt stays
 * for the next. A job on one instance at a time (a database lease) rebuilds the marked days; a report
 * catches up itself before it reads, so its figures include every order committed before it.
 */
@Singleton
public class DailySales {

    /** Orders that count as sales: confirmed, shipped, delivered, or placed and paid (alias {@code o}). */
    public static final String COUNTED_SQL = " (o.status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')"
            + " OR (o.status = 'PLACED' AND o.payment_status = 'PAID')) ";

    private static final Logger LOG = LoggerFactory.getLogger(DailySales.class);
    private static final String LOCK = "daily-sales";
    private static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 1000;
    /** Days rebuilt in one transaction by a full rebuild. */
    private static final int CHUNK_DAYS = 7;

    private final DailySalesRepository repository;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;
    private final Clock clock;

    DailySales(DailySalesRepository repository, JobLocks locks, Clock clock,
            @Value("${ocop.daily-sales.interval:30s}") Duration period) {
        this.repository = repository;
        this.locks = locks;
        this.period = period;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${ocop.daily-sales.interval:30s}", initialDelay = "12s")
    void scheduled() {
        try {
            locks.scheduledPass(period, () -> locks.runExclusive(LOCK, LEASE,
                    (JobLocks.LeasedWork<Integer, RuntimeException>) lease -> {
                        int days = catchUp(lease::stillHeld);
                        if (days > 0) {
                            LOG.debug("Daily sales rebuilt for {} changed days", days);
                        }
                        return days;
                    }));
        } catch (RuntimeException e) {
            LOG.warn("Daily sales catch-up failed, will retry: {}", e.toString());
        }
    }

    /** Rebuilds every day marked changed so far; returns how many day rebuilds ran. */
    public int catchUp() {
        return catchUp(() -> true);
    }

    private int catchUp(BooleanSupplier go) {
        int days = 0;
        // Bounded: marks added meanwhile are left for the next run.
        for (int round = 0; round < 100 && go.getAsBoolean(); round++) {
            List<DailySalesRepository.Change> pending = repository.pending(BATCH);
            if (pending.isEmpty()) {
                break;
            }
            Map<LocalDate, List<Long>> byDay = new TreeMap<>();
            for (DailySalesRepository.Change c : pending) {
                byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c.id());
            }
            for (Map.Entry<LocalDate, List<Long>> day : byDay.entrySet()) {
                if (!go.getAsBoolean()) {
                    return days;
                }
                rebuildDays(day.getKey(), day.getKey().plusDays(1), day.getValue());
                days++;
            }
            if (pending.size() < BATCH) {
                break;
            }
        }
        return days;
    }

    /** Rebuilds every day from the first to the last (both included), a week per transaction. */
    public void rebuild(LocalDate first, LocalDate last) {
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(CHUNK_DAYS)) {
            LocalDate to = from.plusDays(CHUNK_DAYS);
            rebuildDays(from, to.isAfter(last.plusDays(1)) ? last.plusDays(1) : to, List.of());
        }
        repository.rebuilt(clock.instant());
    }

    /** Rebuilds the days [from, to) and removes the marks read for them (public for the transaction proxy). */
    @Transactional
    public void rebuildDays(LocalDate from, LocalDate to, List<Long> marks) {
        repository.lock();
        repository.clearDays(from, to);
        repository.clearGroups(from, to);
        repository.sumDays(from.atStartOfDay(ClockFactory.VIETNAM).toInstant(), to.atStartOfDay(ClockFactory.VIETNAM).toInstant());
        repository.sumGroups(from.atStartOfDay(ClockFactory.VIETNAM).toInstant(), to.atStartOfDay(ClockFactory.VIETNAM).toInstant());
        if (!marks.isEmpty()) {
            repository.forget(marks);
        }
    }
}
