package vn.ocop.market.product;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Messages;

import java.time.Duration;
import java.util.List;

/**
 * Tells a producer when a product or variant falls to its low-stock threshold: one notice per
 * crossing. A row is marked told in the transaction that creates its notice, and unmarked once it
 * is restocked above the threshold, so the next fall is told again. Runs on one instance at a time
 * (a database lease), in batches.
 */
@Singleton
public class LowStockAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(LowStockAlerts.class);
    private static final String LOCK = "low-stock-alerts";
    private static final Duration LEASE = Duration.ofSeconds(60);
    static final int BATCH = 500;

    private final StockSheetRepository repository;
    private final Notices notices;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;

    LowStockAlerts(StockSheetRepository repository, Notices notices, JobLocks locks,
            @Value("${ocop.low-stock.interval:60s}") Duration period) {
        this.repository = repository;
        this.notices = notices;
        this.locks = locks;
        this.period = period;
    }

    @Scheduled(fixedDelay = "${ocop.low-stock.interval:60s}", initialDelay = "20s")
    void scheduled() {
        try {
            int told = locks.scheduledPass(period, this::run);
            if (told > 0) {
                LOG.info("Low-stock notices sent: {}", told);
            }
        } catch (RuntimeException e) {
            LOG.warn("Low-stock sweep failed, will retry: {}", e.toString());
        }
    }

    /** Re-arms restocked rows, then tells producers about every newly low one; returns how many notices. */
    public int run() {
        return locks.runExclusive(LOCK, LEASE, (JobLocks.LeasedWork<Integer, RuntimeException>) lease -> {
            int told = 0;
            if (lease.stillHeld()) {
                rearm();
            }
            int done;
            while (lease.stillHeld() && (done = tellBatch()) > 0) {
                told += done;
            }
            return told;
        }).orElse(0);
    }

    /** Unmarks the rows restocked above their thresholds (public for the transaction proxy). */
    @Transactional
    public void rearm() {
        repository.resetRestockedProducts();
        repository.resetRestockedVariants();
    }

    /** One batch of newly low products and variants, in one transaction; returns how many were told. */
    @Transactional
    public int tellBatch() {
        int told = 0;
        for (StockSheetRepository.Low low : repository.newlyLowProducts(BATCH)) {
            if (repository.markProductAlerted(low.productId()) == 1) {
                tell(low);
                told++;
            }
        }
        List<StockSheetRepository.Low> variants = repository.newlyLowVariants(BATCH);
        for (StockSheetRepository.Low low : variants) {
            if (repository.markVariantAlerted(low.variantId()) == 1) {
                tell(low);
                told++;
            }
        }
        return told;
    }

    private void tell(StockSheetRepository.Low low) {
        String label = low.variantLabel() == null ? low.name() : low.name() + " – " + low.variantLabel();
        notices.createAboutProduct(low.producerId(), low.productId(), Notice.LOW_STOCK,
                Messages.text(Messages.VIETNAMESE, "product.notice.lowStock.title", label),
                Messages.text(Messages.VIETNAMESE, "product.notice.lowStock.body", label, low.stock(), low.threshold()),
                low.email());
    }
}
