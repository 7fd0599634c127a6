package vn.ocop.market.follow;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.JobLocks;
import vn.ocop.market.shared.Messages;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Tells followers about a producer's product the first time it is on sale: a notice for each
 * follower, e-mailed by the notice queue ({@code SendingNotices}). Runs in the background under a
 * lease, never inside the officer's approval; each product is told once (follower_news), each
 * follower once per product (the notice's unique key).
 */
@Singleton
public class TellingFollowers {

    /** What one run did: how many products were newly on sale, how many notices went to followers. */
    public record Result(int products, int notices) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TellingFollowers.class);
    private static final String LOCK = "telling-followers";
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 20;

    private final FollowerNewsRepository news;
    private final Notices notices;
    private final JobLocks locks;
    /** How often the job runs across instances (its schedule's delay). */
    private final Duration period;
    private final Clock clock;
    private final String publicUrl;

    TellingFollowers(FollowerNewsRepository news, Notices notices, JobLocks locks, Clock clock,
                     @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl,
            @Value("${ocop.follower-news.interval:30s}") Duration period) {
        this.news = news;
        this.notices = notices;
        this.locks = locks;
        this.period = period;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Scheduled(fixedDelay = "${ocop.follower-news.interval:30s}", initialDelay = "25s")
    void scheduled() {
        try {
            Result result = locks.scheduledPass(period, this::run);
            if (result.notices() > 0) {
                LOG.info("Followers told about {} new product(s): {} notice(s)", result.products(), result.notices());
            }
        } catch (RuntimeException e) {
            LOG.warn("Telling followers failed, will retry: {}", e.toString());
        }
    }

    /** Tells the followers of every product newly on sale, one product per transaction. */
    public Result run() {
        return locks.runExclusive(LOCK, LEASE, (JobLocks.LeasedWork<Result, RuntimeException>) lease -> {
            int products = 0;
            int told = 0;
            List<FollowerNewsRepository.NewProduct> batch;
            do {
                batch = newlyOnSale();
                for (FollowerNewsRepository.NewProduct product : batch) {
                    // Checked before every product: once another instance holds the lease, this one stops.
                    if (!lease.stillHeld()) {
                        return new Result(products, told);
                    }
                    int count = tell(product);
                    if (count >= 0) {
                        products++;
                        told += count;
                    }
                }
            } while (batch.size() == BATCH);
            return new Result(products, told);
        }).orElse(new Result(0, 0));
    }

    /** The products on sale whose followers were not told yet (public for the transaction proxy). */
    @Transactional(readOnly = true)
    public List<FollowerNewsRepository.NewProduct> newlyOnSale() {
        return news.newlyOnSale(clock.instant(), BATCH);
    }

    /**
     * Records the product as told and creates its followers' notices in one transaction; -1 when
     * another run recorded it first (public for the transaction proxy).
     */
    @Transactional
    public int tell(FollowerNewsRepository.NewProduct product) {
        List<FollowerNewsRepository.Follower> followers = news.followersOf(product.producerId());
        if (news.record(product.productId(), product.producerId(), clock.instant(), followers.size()) == 0) {
            return -1;
        }
        String url = publicUrl + ProductPaths.page(product.productSlug());
        String title = Messages.text(Messages.VIETNAMESE, "follow.notice.newProduct.title", product.producerName(),
                product.productName());
        String body = Messages.text(Messages.VIETNAMESE, "follow.notice.newProduct.body", product.producerName(),
                product.productName(), url);
        int told = 0;
        for (FollowerNewsRepository.Follower follower : followers) {
            if (notices.createForShopper(follower.userId(), product.producerId(), product.productId(),
                    Notice.NEW_PRODUCT, title, body, follower.email())) {
                told++;
            }
        }
        return told;
    }
}
