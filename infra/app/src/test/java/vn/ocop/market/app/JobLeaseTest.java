package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.shared.JobLocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two instances on one database share job leases by the database's clock, not their own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobLeaseTest implements TestEnvironment {

    private ApplicationContext first;
    private ApplicationContext second;

    @BeforeAll
    void start() {
        first = ApplicationContext.run(new HashMap<>(getProperties()));
        second = ApplicationContext.run(new HashMap<>(getProperties()));
    }

    @AfterEach
    void realTime() {
        second.getBean(TestClock.class).reset();
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void anInstanceWhoseClockRunsMinutesAheadDoesNotTakeALiveLease() {
        String job = "skew-" + System.nanoTime();
        second.getBean(TestClock.class).set(second.getBean(TestClock.class).instant().plus(Duration.ofMinutes(10)));

        assertTrue(first.getBean(JobLocks.class).tryAcquire(job, Duration.ofSeconds(60)));
        assertFalse(second.getBean(JobLocks.class).tryAcquire(job, Duration.ofSeconds(60)),
                "the lease has 60 s left by the database's clock");
        Optional<String> ran = second.getBean(JobLocks.class).runExclusive(job, Duration.ofSeconds(60), () -> "ran");
        assertTrue(ran.isEmpty(), "the job does not run on the second instance");
        assertTrue(first.getBean(JobLocks.class).tryAcquire(job, Duration.ofSeconds(60)), "the holder renews it");
    }

    @Test
    void workThatOutlivesItsLeaseStopsBeforeItsNextUnitOnceAnotherInstanceTookOver() throws Exception {
        String job = "overrun-" + System.nanoTime();
        JobLocks mine = first.getBean(JobLocks.class);
        JobLocks theirs = second.getBean(JobLocks.class);
        List<Integer> done = new ArrayList<>();
        List<Boolean> takenOver = new ArrayList<>();

        Optional<Integer> result = mine.runExclusive(job, Duration.ofMillis(800), (JobLocks.LeasedWork<Integer, Exception>) lease -> {
            for (int unit = 0; unit < 5; unit++) {
                if (!lease.stillHeld()) {
                    break;
                }
                done.add(unit);
                if (unit == 1) {
                    Thread.sleep(1_500); // a slow unit: the lease (extended at its start) runs out meanwhile
                    takenOver.add(theirs.tryAcquire(job, Duration.ofSeconds(60)));
                }
            }
            return done.size();
        });

        assertEquals(List.of(true), takenOver, "the other instance takes the run-out lease");
        assertEquals(Optional.of(2), result);
        assertEquals(List.of(0, 1), done, "no unit after the lease was lost");
        assertFalse(mine.tryAcquire(job, Duration.ofSeconds(60)), "the new holder keeps it");
        assertFalse(mine.runExclusive(job, Duration.ofSeconds(60), () -> true).isPresent());
    }

    @Test
    void withinItsLeaseTheHolderKeepsItWhileAnotherInstanceWaits() throws Exception {
        String job = "renewed-" + System.nanoTime();
        JobLocks theirs = second.getBean(JobLocks.class);
        List<Boolean> otherGot = new ArrayList<>();
        first.getBean(JobLocks.class).runExclusive(job, Duration.ofSeconds(1), (JobLocks.LeasedWork<Void, Exception>) lease -> {
            for (int unit = 0; unit < 4; unit++) {
                assertTrue(lease.stillHeld(), "renewed before unit " + unit);
                Thread.sleep(600); // longer than the lease in all, each unit shorter than it
                otherGot.add(theirs.tryAcquire(job, Duration.ofSeconds(60)));
            }
            return null;
        });
        assertEquals(List.of(false, false, false, false), otherGot);
        assertTrue(theirs.tryAcquire(job, Duration.ofSeconds(60)), "released at the end");
    }

    @Test
    void anInstanceThatShutsDownMidJobHandsItsLeaseOverAtOnce() throws Exception {
        String job = "shutdown-" + System.nanoTime();
        ApplicationContext leaving = ApplicationContext.run(new HashMap<>(getProperties()));
        try {
            assertTrue(leaving.getBean(JobLocks.class).tryAcquire(job, Duration.ofSeconds(60)));
            assertFalse(first.getBean(JobLocks.class).tryAcquire(job, Duration.ofSeconds(60)), "held while it runs");
        } finally {
            leaving.close();
        }
        assertTrue(first.getBean(JobLocks.class).tryAcquire(job, Duration.ofSeconds(60)),
                "free as soon as the holder has shut down, not after 60 s");
    }

    @Test
    void aScheduledPassRunsOncePerPeriodAcrossInstancesWhileDirectRunsStillGoThrough() throws Exception {
        String job = "period-" + System.nanoTime();
        JobLocks mine = first.getBean(JobLocks.class);
        JobLocks theirs = second.getBean(JobLocks.class);
        Duration period = Duration.ofSeconds(4);
        AtomicInteger runs = new AtomicInteger();

        long started = System.nanoTime();
        assertTrue(pass(mine, job, period, runs), "the first instance's schedule runs the job");
        assertFalse(pass(theirs, job, period, runs), "the other instance's schedule skips it within the period");
        assertFalse(pass(mine, job, period, runs), "and so does the first instance's own");
        while (!pass(theirs, job, period, runs)) {
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(15).toNanos(), "the job runs again after its period");
            Thread.sleep(100);
        }
        // Nine tenths of the period, less the lock table's whole-second precision.
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(2500).toNanos(), "not before most of the period");
        assertEquals(2, runs.get());

        assertTrue(mine.runExclusive(job, Duration.ofSeconds(60), runs::incrementAndGet).isPresent(),
                "a direct run (a console button) is not held back by the period");
        assertEquals(3, runs.get());
    }

    private static boolean pass(JobLocks locks, String job, Duration period, AtomicInteger runs) {
        return locks.scheduledPass(period, () -> locks.runExclusive(job, Duration.ofSeconds(60), runs::incrementAndGet))
                .isPresent();
    }
}
