package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
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
import vn.ocop.market.console.LoginView;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.Choice;
import vn.ocop.market.traceability.console.BatchDetailView;
import vn.ocop.market.traceability.console.BatchesView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seller centre's batches as a producer and an officer use them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(BatchesView.class, BatchDetailView.class, LoginView.class), Set.of(), true);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    private ApplicationContext context;
    private TraceabilityFixtures.Shop shop;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        shop = context.getBean(TraceabilityFixtures.class).shop("Giao diện lô");
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

    @SuppressWarnings("unchecked")
    @Test
    void aProducerRecordsABatchSeesFieldErrorsThenRecordsEventsAndDocuments() {
        signIn(Role.PRODUCER, shop.producer().id());
        UI.getCurrent().navigate(BatchesView.class);
        ComboBox<Choice> product = _get(ComboBox.class, spec -> spec.withId("batch-product"));
        product.setValue(product.getListDataView().getItems().filter(c -> c.id() == shop.product().id()).findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("batch-lot")).setValue("LÔ SỐ 1");
        _get(DatePicker.class, spec -> spec.withId("batch-production-date")).setValue(TODAY.plusDays(2));
        _get(DatePicker.class, spec -> spec.withId("batch-best-before")).setValue(TODAY.plusMonths(6));
        _get(IntegerField.class, spec -> spec.withId("batch-quantity")).setValue(120);
        _click(_get(Button.class, spec -> spec.withId("batch-save")));
        TextField lot = _get(TextField.class, spec -> spec.withId("batch-lot"));
        assertTrue(lot.isInvalid());
        assertTrue(lot.getErrorMessage().contains("Latinh"), lot.getErrorMessage());
        assertTrue(_get(DatePicker.class, spec -> spec.withId("batch-production-date")).isInvalid());

        String lotCode = TraceabilityFixtures.uniqueLot("VIEW-");
        lot.setValue(lotCode);
        _get(DatePicker.class, spec -> spec.withId("batch-production-date")).setValue(TODAY.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("batch-save")));
        BatchView saved = context.getBean(Batches.class).ofProduct(shop.product().id()).stream()
                .filter(b -> b.lot().equals(lotCode)).findFirst().orElseThrow();
        assertEquals("/01/" + saved.gtin() + "/10/" + lotCode,
                _get(Anchor.class, spec -> spec.withId("batch-link")).getHref(), "opened the batch's page");

        ComboBox<String> step = _get(ComboBox.class, spec -> spec.withId("event-step"));
        step.setValue("packing");
        _get(DateTimePicker.class, spec -> spec.withId("event-time"))
                .setValue(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("event-save")));
        assertTrue(_get(DateTimePicker.class, spec -> spec.withId("event-time")).isInvalid(), "future refused");
        _get(DateTimePicker.class, spec -> spec.withId("event-time"))
                .setValue(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(3).withSecond(0).withNano(0));
        ComboBox<vn.ocop.market.region.Province> province = _get(ComboBox.class, spec -> spec.withId("event-province"));
        province.setValue(province.getListDataView().getItems().filter(p -> p.name().equals("Thái Nguyên"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("event-save")));
        Grid<?> timeline = _get(Grid.class, spec -> spec.withId("batch-timeline"));
        assertEquals(1, _fetch(timeline, 0, 10).size(), "the event is on the timeline");

        BatchDetailView detail = _get(BatchDetailView.class);
        detail.addDocument("Phiếu kiểm nghiệm", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertTrue(_get(Span.class, spec -> spec.withId("batch-error")).getText().contains("PDF"));
        detail.addDocument("Phiếu kiểm nghiệm", PNG);
        assertEquals("Phiếu kiểm nghiệm", _find(Anchor.class).stream().filter(a -> a.getText().equals("Phiếu kiểm nghiệm"))
                .findFirst().orElseThrow().getText());
    }

    @Test
    void anOfficerSeesEveryBatchReadOnlyWithTheReports() throws Exception {
        BatchView batch = context.getBean(TraceabilityFixtures.class).batch(shop, TraceabilityFixtures.uniqueLot("OFF-"),
                TODAY.minusDays(3), TODAY.plusMonths(6), 10);
        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(BatchesView.class);
        assertTrue(_find(ComboBox.class, spec -> spec.withId("batch-product")).isEmpty(), "no form for officers");
        assertFalse(_fetch(_get(Grid.class, spec -> spec.withId("batches-grid")), 0, 50).isEmpty());
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("batches-export-csv"))),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("trace_code,digital_link,gtin,lot") && csv.contains(batch.lot()), csv.substring(0, 200));
        String json = new String(_download(_get(Anchor.class, spec -> spec.withId("batches-export-json"))),
                StandardCharsets.UTF_8);
        assertTrue(json.contains("\"lot\":\"" + batch.lot() + "\""));

        UI.getCurrent().navigate("admin/batches/" + batch.id());
        assertTrue(_find(Button.class, spec -> spec.withId("event-save")).isEmpty(), "officers do not record events");
        assertTrue(_find(Button.class, spec -> spec.withId("batch-withdraw")).size() == 1, "but may withdraw");
    }

    @Test
    void anotherProducersBatchIsNotFound() {
        BatchView batch = context.getBean(TraceabilityFixtures.class).batch(shop, TraceabilityFixtures.uniqueLot("HID-"),
                TODAY.minusDays(3), TODAY.plusMonths(6), 10);
        TraceabilityFixtures.Shop other = context.getBean(TraceabilityFixtures.class).shop("Khác");
        signIn(Role.PRODUCER, other.producer().id());
        UI.getCurrent().navigate("admin/batches/" + batch.id());
        assertTrue(_find(Anchor.class, spec -> spec.withId("batch-link")).isEmpty());
    }

    private void signIn(Role role, Long producerId) {
        SignedInUser user = context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime()
                + "@ocop.test", "mat-khau-dai-du", "Người thử", role, producerId);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
