package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignInRefusal;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password guessing meets a growing wait, then a lock, per account and per address, kept in the real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleTest implements TestEnvironment {

    @Inject LoginThrottle throttle;
    @Inject Accounts accounts;
    @Inject AuditTrail audit;
    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void failuresMeetAGrowingWaitThenALockThatAnAdminCanLift() {
        String email = "canbo-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, "MatKhau-Dung-2026", "Cán bộ thử", Role.OFFICER, null);
        String address = "198.51.100." + (System.nanoTime() % 200);
        AtomicInteger checks = new AtomicInteger();
        // A clock standing still, so that a loaded machine cannot stretch the waits being measured.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.freeze(now);
        List<Long> waits = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        SignInRefusal last = null;
        for (int failure = 1; failure <= LoginThrottle.ACCOUNT_LIMIT; failure++) {
            LoginThrottle.Attempt<SignedInUser> attempt = signIn(email, "doan-sai-" + failure, address, checks);
            assertFalse(attempt.succeeded());
            assertEquals(failure, checks.get(), "every attempt after the wait is checked");
            last = attempt.refusal().orElse(null);
            trace.add(failure + ":" + last + "@" + clock.instant());
            if (last != null && !last.locked()) {
                waits.add(last.seconds());
                // Coming back too early is refused without looking at the password, the right one included.
                LoginThrottle.Attempt<SignedInUser> early = signIn(email, "MatKhau-Dung-2026", address, checks);
                assertFalse(early.succeeded());
                assertEquals(failure, checks.get(), "the early attempt was not checked");
                assertEquals(now.plusSeconds(last.seconds()), last.until());
                now = last.until();
                clock.freeze(now);
            }
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), waits, "the waits after failures 2 to 9: " + trace + " "
                + throttle.recentFailures(20).stream().filter(f -> f.account().equals(email)).toList());
        assertTrue(last != null && last.kind() == SignInRefusal.Kind.ACCOUNT_LOCKED, "locked at the tenth failure: " + last);
        assertTrue(last.until().isAfter(now.plusSeconds(14 * 60)) && !last.until().isAfter(now.plusSeconds(15 * 60 + 1)),
                "locked for 15 minutes: " + last.until());
        assertTrue(last.message(Messages.VIETNAMESE).contains("tạm thời bị khóa") && last.message(Messages.VIETNAMESE).contains("giờ Việt Nam"), last.message(Messages.VIETNAMESE));
        assertTrue(last.message(Locale.ENGLISH).contains("temporarily locked") && last.message(Locale.ENGLISH).contains("until"), last.message(Locale.ENGLISH));

        // Even the right password is not looked at while locked, a minute later too.
        clock.freeze(now.plusSeconds(60));
        LoginThrottle.Attempt<SignedInUser> locked = signIn(email, "MatKhau-Dung-2026", address, checks);
        assertEquals(SignInRefusal.Kind.ACCOUNT_LOCKED, locked.refusal().orElseThrow().kind());
        assertEquals(LoginThrottle.ACCOUNT_LIMIT, checks.get());
        assertTrue(throttle.locks().stream().anyMatch(l -> l.subject().equals("account:" + email)), "listed for admins");
        assertTrue(throttle.recentFailures(50).stream().filter(f -> f.account().equals(email)).count() >= 10);

        assertTrue(throttle.unlock("account:" + email, "quantri@ocop.test"));
        assertTrue(audit.page(0, 20).stream().anyMatch(e -> e.action().equals("SIGN_IN_UNLOCKED")
                && e.actor().equals("quantri@ocop.test") && ("account:" + email).equals(e.detail())), "the unlock is audited");
        assertTrue(signIn(email, "MatKhau-Dung-2026", address, checks).succeeded(), "unlocked: the right password works");
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndASuccessStartsTheCountAfresh() {
        String email = "chuthe-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, "MatKhau-Dung-2026", "Cán bộ thử", Role.OFFICER, null);
        String address = "198.51.100.201";
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            clock.set(now = now.plusSeconds(31));
            assertFalse(signIn(email, "sai", address, new AtomicInteger()).succeeded());
        }
        clock.set(now = now.plusSeconds(31));
        assertTrue(signIn(email, "MatKhau-Dung-2026", address, new AtomicInteger()).succeeded());
        LoginThrottle.Attempt<SignedInUser> after = signIn(email, "sai", address, new AtomicInteger());
        assertTrue(after.refusal().isEmpty(), "one failure after a success asks for no wait: " + after.refusal());

        for (int i = 0; i < 9; i++) {
            clock.set(now = now.plusSeconds(31));
            signIn(email, "sai", address, new AtomicInteger());
        }
        assertEquals(SignInRefusal.Kind.ACCOUNT_LOCKED, throttle.refusal(email, address).orElseThrow().kind());
        clock.set(now.plusSeconds(15 * 60 + 1));
        assertTrue(signIn(email, "MatKhau-Dung-2026", address, new AtomicInteger()).succeeded(), "the lock has ended");
    }

    @Test
    void oneAddressGuessingAcrossAccountsIsLockedWhileOtherAddressesAreNot() {
        String address = "203.0.113." + (System.nanoTime() % 250);
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            // One guess per account: no account's own count ever asks for a wait.
            assertFalse(signIn("rai-" + i + "-" + System.nanoTime() + "@ocop.test", "123456", address, new AtomicInteger()).succeeded());
        }
        String email = "khach-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, "MatKhau-Dung-2026", "Khách thử", Role.CONSUMER, null);
        LoginThrottle.Attempt<SignedInUser> blocked = signIn(email, "MatKhau-Dung-2026", address, new AtomicInteger());
        assertEquals(SignInRefusal.Kind.ADDRESS_LOCKED, blocked.refusal().orElseThrow().kind());
        assertTrue(blocked.refusal().get().message(Locale.ENGLISH).contains("from this address"), blocked.refusal().get().message(Locale.ENGLISH));
        assertTrue(signIn(email, "MatKhau-Dung-2026", "192.0.2.10", new AtomicInteger()).succeeded(),
                "the same account from another address is not affected");
        throttle.unlock("address:" + address, "quantri@ocop.test");
        assertTrue(signIn(email, "MatKhau-Dung-2026", address, new AtomicInteger()).succeeded());
    }

    @Test
    void parallelGuessesAtOneAccountAreCheckedOneAtATime() throws Exception {
        String email = "song-song-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, "MatKhau-Dung-2026", "Cán bộ thử", Role.OFFICER, null);
        AtomicInteger checks = new AtomicInteger();
        int threads = 16;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return signIn(email, "doan-" + n, "198.51.100.250", checks).succeeded();
                }));
            }
            start.countDown();
            for (var r : results) {
                assertFalse(r.get());
            }
        }
        // Without the gate every one of the 16 passes the wait check before the first failure is counted.
        assertTrue(checks.get() <= 3, "passwords checked: " + checks.get());
    }

    private LoginThrottle.Attempt<SignedInUser> signIn(String email, String password, String address, AtomicInteger checks) {
        return throttle.attempt(email, address, "password", () -> {
            checks.incrementAndGet();
            return accounts.authenticate(email, password);
        });
    }

}
