package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.StreamKeys;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Producers schedule live events with products on sale, live prices and caps; bad input gets field errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSchedulingTest implements TestEnvironment {

    @Inject Fixtures fixtures;
    @Inject LiveEvents live;
    @Inject TestSql sql;
    @Inject io.micronaut.runtime.server.EmbeddedServer server;
    @Inject vn.ocop.market.live.LiveReminders reminders;
    @Inject vn.ocop.market.live.LiveNews news;
    @Inject vn.ocop.market.notice.Notices notices;
    @Inject vn.ocop.market.follow.Follows follows;
    @Inject vn.ocop.market.account.Accounts accounts;

    private Producer producer;
    private SignedInUser owner;
    private Product tea;
    private Product honey;
    private Product uncertified;

    private void world() {
        if (producer != null) {
            return;
        }
        producer = fixtures.producer("HTX Trà Live " + System.nanoTime(), "Thái Nguyên");
        owner = new SignedInUser(830_001, "live.owner@example.vn", "Chủ thể", Role.PRODUCER, producer.id());
        tea = fixtures.product(producer, "Trà Tân Cương live", ProductGroup.FOOD, 200_000);
        honey = fixtures.product(producer, "Mật ong live", ProductGroup.FOOD, 150_000);
        uncertified = fixtures.product(producer, "Chè chưa xếp hạng", ProductGroup.FOOD, 90_000);
        fixtures.certify(tea, 80, LocalDate.now().minusDays(3));
        fixtures.certify(honey, 75, LocalDate.now().minusDays(3));
    }

    private LiveDraft draft(Instant start, LiveMode mode, String url, List<LiveDraft.Item> items) {
        return new LiveDraft("Phiên live trà mới", "Giới thiệu trà vụ xuân", null, start, 60, mode, url, items);
    }

    private Set<String> codes(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        return e.errors().stream().map(er -> er.field() + "=" + er.code()).collect(Collectors.toSet());
    }

    @Test
    void aProducerSchedulesAnEventWithLivePricesAndTheStateShowsThemOnlyWhileLive() {
        world();
        Instant start = Instant.now().plus(Duration.ofHours(2));
        LiveEvents.Scheduled s = live.schedule(owner, draft(start, LiveMode.PLATFORM, null, List.of(
                new LiveDraft.Item(tea.id(), null, 170_000L, 10, 2),
                new LiveDraft.Item(honey.id(), null, null, null, null))));
        assertNotNull(s.streamKey(), "an on-platform event gets a key, shown once");
        LiveEvent event = s.event();
        assertEquals(LiveStatus.SCHEDULED, event.status());
        assertEquals(StreamKeys.hash(s.streamKey()), event.streamKeyHash(), "only the hash is stored");
        assertEquals(0, sql.one("SELECT COUNT(*) FROM live_event WHERE stream_key_hash = ?", rs -> rs.getLong(1),
                s.streamKey()).orElseThrow(), "the key itself is nowhere");

        LiveState state = live.state(event.id());
        assertEquals(2, state.items().size());
        LiveState.Item first = state.items().getFirst();
        assertEquals(tea.id(), first.productId());
        assertEquals(200_000, first.normalPriceVnd());
        assertNull(first.livePriceVnd(), "no live price before the event is live");
        assertEquals(10, first.liveStockLeft());
        assertTrue(first.listableNow());
        assertEquals(producer.name(), state.producerName());

        sql.update("UPDATE live_event SET status = 'LIVE', live_at = ? WHERE id = ?", Instant.now(), event.id());
        LiveState liveState = live.state(event.id());
        assertEquals(170_000L, liveState.items().getFirst().livePriceVnd(), "the live price applies while live");
        assertEquals(170_000L, liveState.items().getFirst().priceNowVnd());
        assertNull(liveState.items().get(1).livePriceVnd(), "no live price set: the normal one");

        sql.update("UPDATE live_event SET status = 'ENDED', ended_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofMinutes(5)), event.id());
        assertEquals(170_000L, live.state(event.id()).items().getFirst().livePriceVnd(), "within the grace minutes");
        sql.update("UPDATE live_event SET ended_at = ? WHERE id = ?", Instant.now().minus(Duration.ofMinutes(11)),
                event.id());
        assertNull(live.state(event.id()).items().getFirst().livePriceVnd(), "after the grace: normal prices");
    }

    @Test
    void badInputGetsOneFieldErrorPerProblem() {
        world();
        Instant past = Instant.now().minus(Duration.ofMinutes(1));
        Set<String> errors = codes(() -> live.schedule(owner, new LiveDraft(" ", null, null, past, 2,
                LiveMode.EXTERNAL, "https://evil.example.com/live", List.of(
                new LiveDraft.Item(tea.id(), null, 200_000L, 51, null),
                new LiveDraft.Item(honey.id(), null, 0L, -1, 0),
                new LiveDraft.Item(uncertified.id(), null, 50_000L, null, null)))));
        assertEquals(Set.of("title=live.title.required", "startsAt=live.startsAt.past",
                "expectedMinutes=live.expectedMinutes.range", "externalUrl=live.externalUrl.notAllowed",
                "items[0].livePriceVnd=live.item.livePrice.notBelow", "items[0].liveStockCap=live.item.cap.aboveStock",
                "items[1].livePriceVnd=live.item.livePrice.positive", "items[1].liveStockCap=live.item.cap.negative",
                "items[1].perBuyerLimit=live.item.limit.positive", "items[2].productId=live.item.notOnSale"), errors);

        List<LiveDraft.Item> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(new LiveDraft.Item(tea.id(), null, null, null, null));
        }
        assertEquals(Set.of("items=live.items.tooMany"), codes(() -> live.schedule(owner,
                draft(Instant.now().plus(Duration.ofDays(1)), LiveMode.PLATFORM, null, many))));

        Product other = fixtures.product(fixtures.producer("HTX khác " + System.nanoTime(), "Hà Nội"), "Của người khác",
                ProductGroup.FOOD, 100_000);
        fixtures.certify(other, 80, LocalDate.now().minusDays(3));
        assertEquals(Set.of("items[0].productId=live.item.notOnSale"), codes(() -> live.schedule(owner,
                draft(Instant.now().plus(Duration.ofDays(1)), LiveMode.PLATFORM, null,
                        List.of(new LiveDraft.Item(other.id(), null, null, null, null))))),
                "another producer's product is refused");
        FieldError worded = assertThrows(InvalidInputException.class, () -> live.schedule(owner, draft(
                Instant.now().plus(Duration.ofDays(1)), LiveMode.PLATFORM, null,
                List.of(new LiveDraft.Item(tea.id(), null, 250_000L, null, null))))).errors().getFirst();
        assertTrue(worded.text(java.util.Locale.ENGLISH).contains("200"), worded.text(java.util.Locale.ENGLISH));
        assertEquals(0, sql.one("SELECT COUNT(*) FROM live_event WHERE title = ' '", rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void externalLivesAcceptOnlyYoutubeFacebookAndTiktokAndHaveNoKey() {
        world();
        for (String url : List.of("https://www.youtube.com/watch?v=abc123", "https://youtu.be/abc123",
                "https://www.facebook.com/htx/videos/123", "https://www.tiktok.com/@htx/live")) {
            LiveEvents.Scheduled s = live.schedule(owner, draft(Instant.now().plus(Duration.ofDays(2)),
                    LiveMode.EXTERNAL, url, List.of()));
            assertNull(s.streamKey(), url);
            assertEquals(url, s.event().externalUrl());
        }
        for (String url : List.of("javascript:alert(1)", "https://youtube.com.evil.net/x", "ftp://youtube.com/x",
                "https://user@youtube.com/x")) {
            assertEquals(Set.of("externalUrl=live.externalUrl.notAllowed"), codes(() -> live.schedule(owner,
                    draft(Instant.now().plus(Duration.ofDays(2)), LiveMode.EXTERNAL, url, List.of()))), url);
        }
        assertEquals(Set.of("externalUrl=live.externalUrl.required"), codes(() -> live.schedule(owner,
                draft(Instant.now().plus(Duration.ofDays(2)), LiveMode.EXTERNAL, " ", List.of()))));
    }

    @Test
    void keysAreRegeneratedEventsChangedCancelledAndKeptToTheirProducer() {
        world();
        LiveEvents.Scheduled s = live.schedule(owner, draft(Instant.now().plus(Duration.ofHours(5)), LiveMode.PLATFORM,
                null, List.of(new LiveDraft.Item(tea.id(), null, 180_000L, 5, 1))));
        long id = s.event().id();
        String second = live.regenerateKey(owner, id);
        assertNotEquals(s.streamKey(), second);
        assertEquals(StreamKeys.hash(second), live.find(id).orElseThrow().streamKeyHash(), "the old key stops working");

        SignedInUser stranger = new SignedInUser(830_002, "x@example.vn", "Khác", Role.PRODUCER, producer.id() + 10_000);
        assertThrows(NotFoundException.class, () -> live.regenerateKey(stranger, id));
        assertThrows(NotFoundException.class, () -> live.cancel(stranger, id));
        SignedInUser shopper = new SignedInUser(830_003, "s@example.vn", "Người mua", Role.CONSUMER, null);
        assertThrows(SecurityException.class, () -> live.schedule(shopper, draft(Instant.now().plus(Duration.ofHours(5)),
                LiveMode.PLATFORM, null, List.of())));

        long before = live.find(id).orElseThrow().version();
        live.update(owner, id, new LiveDraft("Phiên live đổi tên", null, null, s.event().startsAt(), 90,
                LiveMode.PLATFORM, null, List.of(new LiveDraft.Item(honey.id(), null, 120_000L, 3, 1))));
        LiveEvent changed = live.find(id).orElseThrow();
        assertEquals("Phiên live đổi tên", changed.title());
        assertTrue(changed.version() > before, "a change viewers see bumps the version");
        assertEquals(List.of(honey.id()), live.items(id).stream().map(i -> i.productId()).toList());
        long itemId = live.items(id).getFirst().id();
        live.pin(producer.id(), id, itemId);
        assertEquals(itemId, live.state(id).pinned().itemId());
        live.unpin(producer.id(), id);
        assertNull(live.state(id).pinned());

        live.cancel(owner, id);
        assertEquals(LiveStatus.CANCELLED, live.find(id).orElseThrow().status());
        assertEquals(Set.of("status=live.cancel.notScheduled"), codes(() -> live.cancel(owner, id)));
        assertTrue(live.listFor(LiveStatus.SCHEDULED, 200).stream().noneMatch(e -> e.id() == id),
                "a cancelled event is not listed");
        assertTrue(live.forProducer(producer.id()).stream().anyMatch(e -> e.id() == id));
    }

    private String get(String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Test
    void theApiListsEventsByStatusWithFeaturedProductsOnSaleAndLivePricesWhileLive() throws Exception {
        world();
        LiveEvents.Scheduled s = live.schedule(owner, draft(Instant.now().plus(Duration.ofHours(1))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), LiveMode.PLATFORM, null,
                List.of(new LiveDraft.Item(tea.id(), null, 160_000L, 7, 1), new LiveDraft.Item(honey.id(), null, null, null, null))));
        long id = s.event().id();
        String scheduled = get("/api/live-events?status=scheduled");
        assertTrue(scheduled.startsWith("200 "), scheduled);
        String mine = scheduled.substring(scheduled.indexOf("{\"id\":" + id + ","));
        mine = mine.substring(0, mine.indexOf("]}") + 2);
        assertEquals("{\"id\":" + id + ",\"title\":\"Phiên live trà mới\",\"producer\":\"" + producer.name()
                + "\",\"startsAt\":\"" + s.event().startsAt() + "\",\"status\":\"SCHEDULED\",\"url\":\"/truc-tiep/" + id
                + "\",\"featured\":[{\"productId\":" + tea.id() + ",\"liveStockLeft\":7},{\"productId\":" + honey.id()
                + "}]}", mine, "no live price before it is live");

        sql.update("UPDATE live_event SET status = 'LIVE', live_at = ? WHERE id = ?", Instant.now(), id);
        String liveNow = get("/api/live-events?status=LIVE");
        assertTrue(liveNow.contains("{\"productId\":" + tea.id() + ",\"livePriceVnd\":160000,\"liveStockLeft\":7}"), liveNow);
        assertFalse(get("/api/live-events?status=SCHEDULED").contains("\"id\":" + id + ","));

        // A certificate revoked: the product leaves the featured list.
        long certificate = sql.one("SELECT current_certificate_id FROM product WHERE id = ?", rs -> rs.getLong(1), honey.id())
                .orElseThrow();
        sql.update("UPDATE certificate SET revoked = TRUE WHERE id = ?", certificate);
        assertFalse(get("/api/live-events?status=LIVE").contains("{\"productId\":" + honey.id()), "not on sale: left out");
        assertFalse(live.state(id).items().get(1).listableNow());
        sql.update("UPDATE certificate SET revoked = FALSE WHERE id = ?", certificate);

        String bad = get("/api/live-events?status=PAUSED");
        assertTrue(bad.startsWith("400 ") && bad.contains("live.api.status"), bad);
        assertTrue(get("/api/live-events").startsWith("200 {\"items\":["));
    }

    @Test
    void followersAndReminderSubscribersAreToldOnceWithAnIcsForAnyone() throws Exception {
        world();
        SignedInUser follower = accounts.create("theo-doi-live-" + System.nanoTime() + "@ocop.test", "mat-khau-nguoi-mua",
                "Người theo dõi", Role.CONSUMER, null);
        SignedInUser reminded = accounts.create("nhac-live-" + System.nanoTime() + "@ocop.test", "mat-khau-nguoi-mua",
                "Người đặt nhắc", Role.CONSUMER, null);
        follows.toggle(follower, producer.id());
        LiveEvents.Scheduled s = live.schedule(owner, draft(Instant.now().plus(Duration.ofMinutes(20)), LiveMode.PLATFORM,
                null, List.of()));
        long id = s.event().id();
        assertTrue(reminders.subscribe(reminded.id(), id));
        assertFalse(reminders.subscribe(reminded.id(), id), "asking twice changes nothing");
        runNews();
        runNews();
        assertEquals(1, kinds(follower, "LIVE_SCHEDULED"), "followers are told it is scheduled, once");
        assertEquals(0, kinds(reminded, "LIVE_SCHEDULED"));

        sql.update("UPDATE live_event SET status = 'LIVE', live_at = ?, version = version + 1 WHERE id = ?", Instant.now(), id);
        runNews();
        runNews();
        assertEquals(1, kinds(follower, "LIVE_STARTED"), "followers are told it went live, once");
        assertEquals(1, kinds(reminded, "LIVE_STARTED"), "reminder subscribers too, once");
        vn.ocop.market.notice.Notice n = notices.forShopper(reminded.id(), 10).getFirst();
        assertEquals(reminded.email(), n.emailTo(), "e-mailed by the notice queue");
        assertTrue(n.body().contains("/truc-tiep/" + id), n.body());
        assertEquals(1, sql.one("SELECT COUNT(*) FROM live_reminder WHERE event_id = ? AND notified_at IS NOT NULL",
                rs -> rs.getLong(1), id).orElseThrow());
        assertThrows(InvalidInputException.class, () -> reminders.subscribe(follower.id(), id), "live already");

        LiveEvent e = live.find(id).orElseThrow();
        String ics = vn.ocop.market.live.LiveCalendar.ics(new LiveEvent(e.id(), e.producerId(), "Trà, bánh; và \\ mứt",
                "Dòng một\nDòng hai " + "x".repeat(120), null, e.startsAt(), 60, e.mode(), null, null, e.status(), null, null,
                null, null, 0, e.createdAt(), null, null, null), java.util.Locale.ENGLISH, "http://localhost:8080/truc-tiep/" + id,
                Instant.parse("2026-12-03T10:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Live: Trà\\, bánh\\; và \\\\ mứt\r\n"), ics);
        assertTrue(ics.contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(e.startsAt())), ics);
        assertTrue(ics.contains("DESCRIPTION:Dòng một\\nDòng hai"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    private void runNews() throws InterruptedException {
        for (int i = 0; i < 20 && news.run().events() == 0 && !news.untold().isEmpty(); i++) {
            Thread.sleep(200);
        }
    }

    private long kinds(SignedInUser user, String kind) {
        return notices.forShopper(user.id(), 100).stream().filter(n -> n.kind().equals(kind)).count();
    }
}
