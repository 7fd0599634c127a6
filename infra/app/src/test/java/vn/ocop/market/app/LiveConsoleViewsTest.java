package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.StreamKeys;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's live events: a producer schedules one with a live price, sees the key once; officers see all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveConsoleViewsTest implements TestEnvironment {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ocop.market");

    private ApplicationContext context;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
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

    @Test
    @SuppressWarnings("unchecked")
    void aProducerSchedulesAnEventWithALivePriceSeesTheKeyOnceAndFieldErrorsOnBadInput() {
        Fixtures fixtures = context.getBean(Fixtures.class);
        Producer producer = fixtures.producer("HTX Live bảng điều khiển " + System.nanoTime(), "Thái Nguyên");
        Product tea = fixtures.product(producer, "Trà live bảng điều khiển", ProductGroup.FOOD, 200_000);
        fixtures.certify(tea, 80, LocalDate.now().minusDays(3));
        signIn(account(Role.PRODUCER, producer.id()));
        UI.getCurrent().navigate("admin/live");

        assertFalse(_find(Paragraph.class, spec -> spec.withId("live-unavailable")).isEmpty(),
                "without the media server, on-platform streaming is shown as unavailable");
        _get(TextField.class, spec -> spec.withId("live-title")).setValue("Live trà chiều nay");
        _get(DateTimePicker.class, spec -> spec.withId("live-starts-at"))
                .setValue(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(3).withSecond(0).withNano(0));
        ComboBox<Object> picker = _get(ComboBox.class, spec -> spec.withId("live-item-picker"));
        List<?> offered = picker.getListDataView().getItems().toList();
        assertEquals(1, offered.size(), "the producer's products on sale: " + offered);
        picker.setValue(offered.getFirst());
        _get(Button.class, spec -> spec.withId("live-item-add")).click();
        List<IntegerField> fields = _find(IntegerField.class);
        IntegerField livePrice = fields.stream().filter(f -> f.getLabel().equals("Giá live (₫)")).findFirst().orElseThrow();
        IntegerField cap = fields.stream().filter(f -> f.getLabel().equals("Số lượng giá live")).findFirst().orElseThrow();

        livePrice.setValue(250_000);
        cap.setValue(60);
        _get(Button.class, spec -> spec.withId("live-save")).click();
        assertTrue(livePrice.isInvalid());
        assertEquals("Giá live của \"Trà live bảng điều khiển\" phải thấp hơn giá thường (200.000 ₫).",
                livePrice.getErrorMessage());
        assertTrue(cap.isInvalid());
        assertTrue(cap.getErrorMessage().contains("vượt tồn kho (50)"), cap.getErrorMessage());
        LiveEvents live = context.getBean(LiveEvents.class);
        assertTrue(live.forProducer(producer.id()).isEmpty(), "nothing saved");

        livePrice.setValue(170_000);
        cap.setValue(10);
        _get(Button.class, spec -> spec.withId("live-save")).click();
        List<LiveEvent> mine = live.forProducer(producer.id());
        assertEquals(1, mine.size());
        assertEquals(LiveStatus.SCHEDULED, mine.getFirst().status());
        assertEquals(170_000L, live.items(mine.getFirst().id()).getFirst().livePriceVnd());
        Div key = _get(Div.class, spec -> spec.withId("live-key"));
        assertTrue(key.isVisible());
        String shown = _get(Paragraph.class, spec -> spec.withId("live-key-value")).getText();
        String streamKey = shown.substring(shown.lastIndexOf(' ') + 1);
        assertEquals(mine.getFirst().streamKeyHash(), StreamKeys.hash(streamKey), "the key shown is the event's");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("live-key-server")).getText().contains("rtmp://"));

        _get(Button.class, spec -> spec.withId("live-new")).click();
        assertFalse(key.isVisible(), "the key is shown once");
        Grid<LiveEvent> grid = _get(Grid.class, spec -> spec.withId("live-events"));
        assertEquals(1, grid.getGenericDataView().getItems().count());
        grid.select(mine.getFirst());
        _get(Button.class, spec -> spec.withId("live-cancel")).click();
        assertEquals(LiveStatus.CANCELLED, live.find(mine.getFirst().id()).orElseThrow().status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void officersSeeEveryEvent() {
        signIn(account(Role.OFFICER, null));
        UI.getCurrent().navigate("admin/live");
        Grid<LiveEvent> grid = _get(Grid.class, spec -> spec.withId("live-events"));
        assertEquals(context.getBean(LiveEvents.class).count(), grid.getGenericDataView().getItems().count());
        assertTrue(_find(Button.class, spec -> spec.withId("live-save")).isEmpty(), "officers do not schedule");
    }

    private SignedInUser account(Role role, Long producerId) {
        return context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai", "Người thử", role, producerId);
    }

    private static void signIn(SignedInUser user) {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
