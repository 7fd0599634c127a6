package vn.ocop.market.fair;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.RunMode;

import java.time.Duration;

/**
 * The demo's past fair: its visitors, leads and voucher uses are made through the real services while
 * the fair is open, then moved back in time with the fair's days. Refused outside the demo mode.
 */
@Singleton
public class DemoFairHistory {

    private final FairShiftRepository repository;
    private final RunMode mode;

    DemoFairHistory(FairShiftRepository repository, @Value("${" + RunMode.PROPERTY + ":production}") String mode) {
        this.repository = repository;
        this.mode = RunMode.of(mode);
    }

    /** Moves the fair's visitors, leads and voucher uses back by the given time; demo mode only. */
    @Transactional
    public void moveBack(long fairId, Duration back) {
        if (!mode.demo()) {
            throw new IllegalStateException("Fairs are moved in time in the demo only");
        }
        repository.shiftVisitors(fairId, back.toSeconds());
        repository.shiftLeads(fairId, back.toSeconds());
        repository.shiftVoucherUses(fairId, back.toSeconds());
        repository.shiftVouchers(fairId, back.toSeconds());
    }
}
