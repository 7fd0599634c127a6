package vn.ocop.market.app;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.app.live.NginxMediaServer;
import vn.ocop.market.app.live.Recordings;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.LiveStreams;
import vn.ocop.market.live.MediaServer;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's live selling: a scheduled event of another producer, a replay of the demo producer (its
 * recording made from ffmpeg's test pattern when ffmpeg is installed), and an on-platform event of the
 * demo producer ready to stream. At every demo start that event is moved to start in 15 minutes and
 * gets a new stream key, printed in the log (the README says where), so OBS can go live right away.
 */
@Singleton
class DemoLive {

    static final String READY_TITLE = "Trà Tân Cương vụ xuân – live thử cùng HTX";
    private static final Logger LOG = LoggerFactory.getLogger(DemoLive.class);

    private final LiveEvents live;
    private final LiveStreams streams;
    private final Producers producers;
    private final Catalog catalog;
    private final MediaServer media;
    private final NginxMediaServer nginx;
    private final Clock clock;

    DemoLive(LiveEvents live, LiveStreams streams, Producers producers, Catalog catalog, MediaServer media,
             NginxMediaServer nginx, Clock clock) {
        this.live = live;
        this.streams = streams;
        this.producers = producers;
        this.catalog = catalog;
        this.media = media;
        this.nginx = nginx;
        this.clock = clock;
    }

    /** Loads the events into a fresh demo database; returns how many were made. */
    int load(String producerEmail) {
        List<Producer> selling = producers.all().stream().filter(p -> !catalog.listedOfProducer(p.id()).isEmpty()).toList();
        Optional<Producer> demo = selling.stream().filter(p -> producerEmail.equals(p.email())).findFirst();
        if (demo.isEmpty()) {
            return 0;
        }
        int made = 0;
        Producer other = selling.stream().filter(p -> p.id() != demo.get().id()).findFirst().orElse(demo.get());
        Instant tomorrowEvening = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().plusDays(1)
                .atTime(LocalTime.of(20, 0)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        live.schedule(as(other), new LiveDraft("Giới thiệu đặc sản " + other.province() + " – giá live tối mai",
                "Chủ thể giới thiệu sản phẩm OCOP và trả lời câu hỏi trực tiếp.", null, tomorrowEvening, 90,
                LiveMode.PLATFORM, null, items(other, 4)));
        made++;
        replay(demo.get());
        made++;
        LiveEvents.Scheduled ready = live.schedule(as(demo.get()), new LiveDraft(READY_TITLE,
                "Pha trà, kể chuyện vùng chè và giá live chỉ trong phiên.", null,
                clock.instant().plus(Duration.ofMinutes(15)), 120, LiveMode.PLATFORM, null, items(demo.get(), 5)));
        made++;
        LOG.info("Demo live event {} scheduled", ready.event().id());
        return made;
    }

    /**
     * At each demo start: the demo producer's ready event (still scheduled) starts in 15 minutes and
     * gets a new key, printed for OBS.
     */
    void rearm(String producerEmail) {
        Optional<Producer> demo = producers.all().stream().filter(p -> producerEmail.equals(p.email())).findFirst();
        if (demo.isEmpty()) {
            return;
        }
        SignedInUser owner = as(demo.get());
        Optional<LiveEvent> ready = live.forProducer(demo.get().id()).stream()
                .filter(e -> e.status() == LiveStatus.SCHEDULED && e.mode() == LiveMode.PLATFORM
                        && READY_TITLE.equals(e.title())).findFirst();
        if (ready.isEmpty()) {
            return;
        }
        LiveEvent e = ready.get();
        List<LiveDraft.Item> items = live.items(e.id()).stream().map(i -> new LiveDraft.Item(i.productId(), i.variantId(),
                i.livePriceVnd(), i.liveStockCap(), i.perBuyerLimit())).toList();
        try {
            live.update(owner, e.id(), new LiveDraft(e.title(), e.description(), e.cover(),
                    clock.instant().plus(Duration.ofMinutes(15)), e.expectedMinutes(), e.mode(), null, items));
        } catch (RuntimeException refused) {
            LOG.warn("The demo live event was not moved: {}", refused.getMessage());
            return;
        }
        String key = live.regenerateKey(owner, e.id());
        LOG.info("Demo live event \"{}\" (/truc-tiep/{}): stream with OBS to {} with the stream key {}",
                e.title(), e.id(), media.rtmpUrl(), key);
    }

    /** An event of the demo producer that went live and ended; its recording is the test pattern (background). */
    private void replay(Producer producer) {
        LiveEvents.Scheduled s = live.schedule(as(producer), new LiveDraft("Buổi live hôm trước: hái chè và sao chè",
                "Xem lại buổi live: hái chè búp, sao chè bằng chảo gang.", null, clock.instant().plus(Duration.ofMinutes(1)),
                30, LiveMode.PLATFORM, null, items(producer, 3)));
        long id = s.event().id();
        streams.publish(s.streamKey());
        streams.endStream(MediaServer.streamName(id));
        Recordings recordings = nginx.recordings();
        if (!recordings.available()) {
            LOG.info("ffmpeg is not installed: the demo replay has no recording");
            return;
        }
        Thread.ofPlatform().daemon().name("demo-replay").start(() -> {
            if (recordings.recordTestPattern(id, 20)) {
                streams.saveRecording(id, Recordings.relative(id));
            }
        });
    }

    private List<LiveDraft.Item> items(Producer producer, int max) {
        List<LiveDraft.Item> items = new ArrayList<>();
        for (Catalog.Showcase s : catalog.showcases(catalog.listedOfProducer(producer.id()))) {
            if (items.size() >= max) {
                break;
            }
            long price = s.product().priceVnd();
            int stock = s.product().stock();
            boolean discounted = items.size() % 2 == 0 && price >= 10_000 && stock > 0;
            items.add(new LiveDraft.Item(s.product().id(), null,
                    discounted ? Math.max(1_000, price * 85 / 100 / 1_000 * 1_000) : null,
                    discounted ? Math.min(stock, 20) : null, discounted ? 2 : null));
        }
        return items;
    }

    private static SignedInUser as(Producer producer) {
        return new SignedInUser(0, producer.email() == null ? "demo@ocop.vn" : producer.email(), producer.name(),
                Role.PRODUCER, producer.id());
    }
}
