package vn.ocop.market.shared;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** Time comes from one injectable clock so that expiry can be tested to the second. */
@Factory
public class ClockFactory {

    /** Vietnam's time zone (UTC+7, no daylight saving); certificate validity ends at midnight here. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
