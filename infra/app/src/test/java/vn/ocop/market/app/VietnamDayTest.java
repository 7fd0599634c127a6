package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * At 01:30 in Vietnam it is already the 4th, while a server in UTC still reads the 3rd: a decision
 * dated the 4th is today's, accepted by the form and the service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VietnamDayTest implements TestEnvironment {

    private static final Instant EARLY_MORNING_IN_VIETNAM = Instant.parse("2026-12-03T18:30:00Z");
    private static final LocalDate VIETNAM_TODAY = LocalDate.parse("2026-12-04");

    private ApplicationContext context;
    private Fixtures fixtures;
    private TestClock clock;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        clock = context.getBean(TestClock.class);
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(java.util.Set.of(CertificatesView.class,
                vn.ocop.market.console.LoginView.class), java.util.Set.of(), true), context));
        clock.set(EARLY_MORNING_IN_VIETNAM);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        MockVaadin.tearDown();
    }

    @Test
    void theServiceAcceptsADecisionDatedTodayInVietnam() {
        Product product = fixtures.product(fixtures.producer("HTX Na Chi Lăng", "Lạng Sơn"), "Na Chi Lăng",
                ProductGroup.FOOD, 60_000);
        Certificate saved = context.getBean(Certifications.class).record(new RecordCertificate(product.id(), 73,
                CouncilLevel.PROVINCIAL, "12/QĐ-UBND", VIETNAM_TODAY, "UBND tỉnh Lạng Sơn", null), "test");
        assertEquals(VIETNAM_TODAY, saved.decisionDate());
    }

    @Test
    void theFormOffersAndSavesADecisionDatedTodayInVietnam() {
        Product product = fixtures.product(fixtures.producer("HTX Hồng không hạt Bảo Lâm", "Lạng Sơn"),
                "Hồng không hạt Bảo Lâm", ProductGroup.FOOD, 80_000);
        SignedInUser officer = context.getBean(Accounts.class).create("officer-" + System.nanoTime() + "@ocop.test",
                "mat-khau-dai", "Cán bộ thử", Role.OFFICER, null);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, officer);
        UI.getCurrent().navigate(CertificatesView.class);
        _get(Button.class, spec -> spec.withId("add-certificate")).click();

        DatePicker date = _get(DatePicker.class, spec -> spec.withId("certificate-decision-date"));
        assertEquals(VIETNAM_TODAY, date.getMax(), "the picker's last day is today in Vietnam");
        @SuppressWarnings("unchecked")
        ComboBox<Product> productBox = _get(ComboBox.class, spec -> spec.withId("certificate-product"));
        productBox.setValue(productBox.getGenericDataView().getItems().filter(p -> p.id().equals(product.id()))
                .findFirst().orElseThrow());
        _get(IntegerField.class, spec -> spec.withId("certificate-score")).setValue(75);
        _get(TextField.class, spec -> spec.withId("certificate-decision-number")).setValue("13/QĐ-UBND");
        date.setValue(VIETNAM_TODAY);
        _get(TextField.class, spec -> spec.withId("certificate-issued-by")).setValue("UBND tỉnh Lạng Sơn");
        assertFalse(date.isInvalid(), "today is not past the picker's limit");
        _get(Button.class, spec -> spec.withId("certificate-save")).click();

        List<Certificate> saved = context.getBean(Certifications.class).forProduct(product.id());
        assertEquals(1, saved.size());
        assertEquals(VIETNAM_TODAY, saved.getFirst().decisionDate());

        // The same decision entered again is reported as already recorded, and nothing is written.
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        _get(Button.class, spec -> spec.withId("add-certificate")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Product> again = _get(ComboBox.class, spec -> spec.withId("certificate-product"));
        again.setValue(again.getGenericDataView().getItems().filter(p -> p.id().equals(product.id())).findFirst().orElseThrow());
        _get(IntegerField.class, spec -> spec.withId("certificate-score")).setValue(75);
        _get(TextField.class, spec -> spec.withId("certificate-decision-number")).setValue("13/QĐ-UBND");
        _get(DatePicker.class, spec -> spec.withId("certificate-decision-date")).setValue(VIETNAM_TODAY);
        _get(TextField.class, spec -> spec.withId("certificate-issued-by")).setValue("UBND tỉnh Lạng Sơn");
        _get(Button.class, spec -> spec.withId("certificate-save")).click();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Quyết định này đã được ghi nhận (giấy chứng nhận "
                + saved.getFirst().certificateNumber() + "); không lưu thêm.");
        assertEquals(1, context.getBean(Certifications.class).forProduct(product.id()).size());
    }
}
