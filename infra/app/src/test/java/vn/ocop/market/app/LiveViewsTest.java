package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import com.vaadin.flow.server.VaadinSession;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartCookie;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveReminders;
import vn.ocop.market.live.LiveStreams;
import vn.ocop.market.live.ui.LiveListView;
import vn.ocop.market.live.ui.LivePageView;
import vn.ocop.market.order.ui.CheckoutFormView;
import vn.ocop.market.order.ui.CheckoutOrdersView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storefront's live pages against the real services and database: the list, the live page's shelf
 * with live prices, buying in two taps at the live price, and {@link vn.ocop.market.live.ui.LiveHub}
 * pushing a pin (within 1 s) and a revoked certificate (within 2 s) to an open page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LiveListView.class, LivePageView.class, CheckoutFormView.class,
            CheckoutOrdersView.class), Set.of(), true);

    private ApplicationContext context;
    private Fixtures fixtures;
    private LiveEvents live;
    private LiveStreams streams;
    private Carts carts;

    record World(Producer producer, Product tea, Product honey, Certificate honeyCertificate, long eventId,
                 long teaItem, long honeyItem) {
    }

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        live = context.getBean(LiveEvents.class);
        streams = context.getBean(LiveStreams.class);
        carts = context.getBean(Carts.class);
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private World world(boolean goLive) {
        long run = System.nanoTime() % 1_000_000;
        Producer producer = fixtures.producer("HTX Chè live " + run, "Thái Nguyên");
        SignedInUser owner = new SignedInUser(850_001, "live.views@example.vn", "Chủ thể", Role.PRODUCER, producer.id());
        Product tea = fixtures.product(producer, "Chè Tân Cương live " + run, ProductGroup.FOOD, 200_000);
        Product honey = fixtures.product(producer, "Mật ong live " + run, ProductGroup.FOOD, 150_000);
        fixtures.certify(tea, 80, LocalDate.now().minusDays(3));
        Certificate honeyCertificate = fixtures.certify(honey, 75, LocalDate.now().minusDays(3));
        LiveEvents.Scheduled s = live.schedule(owner, new LiveDraft("Phiên chè xuân " + run, "Chè vụ xuân", null,
                Instant.now().plus(Duration.ofMinutes(10)), 60, LiveMode.PLATFORM, null, List.of(
                new LiveDraft.Item(tea.id(), null, 170_000L, 10, 2), new LiveDraft.Item(honey.id(), null, null, null, null))));
        long id = s.event().id();
        if (goLive) {
            assertTrue(streams.publish(s.streamKey()).accepted(), "the right key turns it live");
        }
        var items = live.items(id);
        return new World(producer, tea, honey, honeyCertificate, id, items.get(0).id(), items.get(1).id());
    }

    @Test
    void theLivePageShowsLivePricesAndBuysAtTheLivePriceInTwoTaps() {
        World w = world(true);
        UI.getCurrent().navigate("truc-tiep/" + w.eventId());

        assertEquals("LIVE", _get(Span.class, spec -> spec.withId("live-status")).getElement().getAttribute("data-status"));
        assertTrue(_get(Paragraph.class, spec -> spec.withId("live-unavailable")).getText().contains("không phát trực tiếp"),
                "without the media server the page says streaming is not available");
        assertFalse(hidden("live-pinned").isVisible(), "nothing pinned yet");
        Div shelf = _get(Div.class, spec -> spec.withId("live-shelf"));
        List<Div> rows = _find(shelf, Div.class, spec -> spec.withClasses("live-shelf-item"));
        assertEquals(2, rows.size());
        assertEquals("170.000 ₫", _get(rows.get(0), Span.class, spec -> spec.withClasses("live-price")).getText());
        assertEquals("200.000 ₫", _get(rows.get(0), Span.class, spec -> spec.withClasses("live-normal-price")).getText());
        assertEquals("Còn 10 suất giá live", _get(rows.get(0), Span.class, spec -> spec.withClasses("live-left")).getText());
        assertEquals("150.000 ₫", _get(rows.get(1), Span.class, spec -> spec.withClasses("live-price")).getText());

        // Tap one: "Mua" adds at the live price and opens the short checkout over the video.
        Button mua = _get(rows.get(0), Button.class);
        assertEquals("Mua", mua.getText());
        _click(mua);
        String token = CartCookie.token().orElseThrow();
        var line = carts.view(token).lines().getFirst();
        assertEquals(w.tea().id(), line.productId());
        assertEquals(170_000L, line.unitPriceVnd(), "the cart line carries the live price");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("live-checkout"));
        assertTrue(dialog.isOpened());
        _get(dialog, Button.class, spec -> spec.withId("review-order"));
        assertTrue(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof LivePageView,
                "the shopper stays on the live page");
    }

    @Test
    void theHubPushesAPinWithinASecondAndRemovesARevokedProductWithinTwoSeconds() {
        World w = world(true);
        UI.getCurrent().navigate("truc-tiep/" + w.eventId());
        Div pinned = (Div) hidden("live-pinned");
        Div shelf = _get(Div.class, spec -> spec.withId("live-shelf"));

        long pinAt = System.nanoTime();
        live.pin(w.producer().id(), w.eventId(), w.honeyItem());
        long pinMs = waitOnPage(() -> pinned.isVisible()
                && String.valueOf(w.honeyItem()).equals(pinned.getElement().getAttribute("data-item")), 3000) - pinAt;
        System.out.printf("pin reached the page in %d ms%n", pinMs / 1_000_000);
        assertTrue(pinMs < 1_000_000_000L, "the pinned card changed within 1 s: " + pinMs / 1_000_000 + " ms");

        long revokeAt = System.nanoTime();
        context.getBean(Certifications.class).revoke(w.honeyCertificate().id(), "Sai nhãn", "test");
        long revokeMs = waitOnPage(() -> !pinned.isVisible()
                && _find(shelf, Div.class, spec -> spec.withClasses("live-shelf-item")).size() == 1, 4000) - revokeAt;
        System.out.printf("revocation reached the page in %d ms%n", revokeMs / 1_000_000);
        assertTrue(revokeMs < 2_000_000_000L, "the revoked product left the card and shelf within 2 s: "
                + revokeMs / 1_000_000 + " ms");
    }

    @Test
    void theListShowsLiveNowUpcomingWithRemindMeAndTheSignedInShopperSubscribes() {
        World now = world(true);
        World later = world(false);
        SignedInUser shopper = context.getBean(Accounts.class).create("live.remind." + System.nanoTime() + "@example.vn",
                "vuon-che-song-cau-7", "Khách xem live", Role.CONSUMER, null);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, shopper);
        UI.getCurrent().navigate(LiveListView.class);

        Section liveNow = _get(Section.class, spec -> spec.withId("live-now"));
        assertEquals(1, _find(liveNow, Div.class, spec -> spec.withClasses("live-card")).stream()
                .filter(c -> String.valueOf(now.eventId()).equals(c.getElement().getAttribute("data-event"))).count());
        Section upcoming = _get(Section.class, spec -> spec.withId("live-upcoming"));
        assertEquals("/truc-tiep/" + later.eventId() + "/lich.ics",
                _get(upcoming, Anchor.class, spec -> spec.withId("live-ics-" + later.eventId())).getHref());
        _click(_get(upcoming, Button.class, spec -> spec.withId("live-remind-" + later.eventId())));
        _get(upcoming, Span.class, spec -> spec.withId("live-reminded-" + later.eventId()));
        assertEquals(1, context.getBean(LiveReminders.class).count(later.eventId()));
    }

    @Test
    void withoutTheMediaServerAReplayPageSaysTheRecordingIsNotAvailableInsteadOfABrokenPlayer() {
        World w = world(true);
        streams.endStream(vn.ocop.market.live.MediaServer.streamName(w.eventId()));
        streams.saveRecording(w.eventId(), "live/replays/e" + w.eventId() + ".mp4");
        assertTrue(live.replayAvailable(live.find(w.eventId()).orElseThrow()), "a replay within its days");
        assertEquals(null, live.state(w.eventId()).replayUrl(), "nginx serves replays; it is not running here");
        UI.getCurrent().navigate("truc-tiep/" + w.eventId());
        assertEquals("Bản ghi của buổi phát này không có sẵn.",
                _get(Paragraph.class, spec -> spec.withId("live-no-recording")).getText());
    }

    /** Runs the pushed UI work until the condition holds; returns System.nanoTime() when it did. */
    private static long waitOnPage(BooleanSupplier done, long timeoutMs) {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (System.nanoTime() < end) {
            MockVaadin.runUIQueue(false);
            if (done.getAsBoolean()) {
                return System.nanoTime();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not shown on the page within " + timeoutMs + " ms");
    }

    /** A component of the current page by its id, shown or not (the locators find shown ones only). */
    private static com.vaadin.flow.component.Component hidden(String id) {
        java.util.ArrayDeque<com.vaadin.flow.component.Component> todo = new java.util.ArrayDeque<>();
        todo.add(UI.getCurrent());
        while (!todo.isEmpty()) {
            com.vaadin.flow.component.Component c = todo.poll();
            if (id.equals(c.getId().orElse(null))) {
                return c;
            }
            c.getChildren().forEach(todo::add);
        }
        throw new AssertionError("no component with the id " + id);
    }
}
