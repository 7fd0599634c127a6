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
import vn.ocop.market.console.LoginView;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ui.HomeView;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browserless view tests: real views, real services, real database; Vaadin's client is simulated. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsTest implements TestEnvironment {

    /** Every route of the storefront and the console. */
    static final Routes ROUTES = new Routes(java.util.Set.of(HomeView.class, vn.ocop.market.product.ui.ProductView.class,
            vn.ocop.market.product.ui.SearchView.class, LoginView.class, vn.ocop.market.console.AdminHomeView.class,
            CertificatesView.class, vn.ocop.market.product.console.ProductsAdminView.class,
            vn.ocop.market.producer.console.ProducersView.class, vn.ocop.market.certification.console.CertificateImportView.class,
            vn.ocop.market.notice.console.NoticesView.class, vn.ocop.market.audit.console.AuditView.class), java.util.Set.of(), true);

    private ApplicationContext context;
    private Fixtures fixtures;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
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
    void homePageShowsCertifiedProductsWithStarBadgesAndHidesTheRest() {
        var producer = fixtures.producer("HTX Chè Tân Cương Karibu", "Thái Nguyên");
        Product listed = fixtures.product(producer, "Chè móc câu Karibu", ProductGroup.BEVERAGE, 320_000);
        fixtures.certify(listed, 92, LocalDate.now().minusDays(20));
        Product hidden = fixtures.product(producer, "Chè chưa chứng nhận Karibu", ProductGroup.BEVERAGE, 120_000);

        int pages = (int) Math.ceil(context.getBean(Catalog.class).listed(0, 1).total() / 24.0);
        List<String> names = new java.util.ArrayList<>();
        for (int page = 0; page < pages; page++) {
            UI.getCurrent().navigate(HomeView.class,
                    com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("trang", Integer.toString(page))));
            names.addAll(ProductCards.names());
        }
        assertTrue(names.contains(listed.name()), "listed product shown: " + names);
        assertFalse(names.contains(hidden.name()), "uncertified product hidden");
        assertFalse(ProductCards.links().isEmpty());
        assertTrue(ProductCards.links().stream().allMatch(a -> a.selectFirst(".card-body > .star-badge[data-stars]") != null),
                "every card shows its star badge");
    }

    @Test
    void theConsoleAsksForALogin() {
        UI.getCurrent().navigate(CertificatesView.class);
        assertInstanceOf(LoginView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
    }

    @Test
    void certificateFormShowsFieldErrorsThenSavesAValidDecision() {
        var producer = fixtures.producer("HTX Mật ong Karibu", "Tuyên Quang");
        Product product = fixtures.product(producer, "Mật ong bạc hà Karibu", ProductGroup.FOOD, 280_000);
        signInAsOfficer();
        UI.getCurrent().navigate(CertificatesView.class);
        _get(Button.class, spec -> spec.withId("add-certificate")).click();

        @SuppressWarnings("unchecked")
        ComboBox<Product> productBox = _get(ComboBox.class, spec -> spec.withId("certificate-product"));
        // The picker is lazy: what is typed is the filter of a database query.
        productBox.setValue(productBox.getLazyDataView().getItems().filter(p -> p.id().equals(product.id()))
                .findFirst().orElseThrow());
        IntegerField score = _get(IntegerField.class, spec -> spec.withId("certificate-score"));
        score.setValue(150);
        _get(TextField.class, spec -> spec.withId("certificate-decision-number")).setValue("77/QĐ-UBND");
        _get(DatePicker.class, spec -> spec.withId("certificate-decision-date")).setValue(LocalDate.now().minusDays(1));
        _get(TextField.class, spec -> spec.withId("certificate-issued-by")).setValue("UBND tỉnh Tuyên Quang");
        _get(Button.class, spec -> spec.withId("certificate-save")).click();

        assertTrue(score.isInvalid());
        assertEquals("Điểm phải nằm trong khoảng 0–100.", score.getErrorMessage());
        assertTrue(context.getBean(Catalog.class).listed(product.id()).isEmpty(), "nothing saved");

        score.setValue(76);
        _get(Button.class, spec -> spec.withId("certificate-save")).click();
        assertTrue(context.getBean(Catalog.class).listed(product.id()).isPresent(), "product now on sale");
        assertTrue(_find(IntegerField.class, spec -> spec.withId("certificate-score")).isEmpty(), "dialog closed");
    }

    @Test
    void officerOpensACertificateAndRevokesItWithAReason() {
        var producer = fixtures.producer("HTX Lụa Vạn Phúc Karibu", "Hà Nội");
        Product silk = fixtures.product(producer, "Khăn lụa Vạn Phúc Karibu", ProductGroup.HANDICRAFTS, 450_000);
        var certificate = fixtures.certify(silk, 81, LocalDate.now().minusMonths(4));
        signInAsOfficer();
        UI.getCurrent().navigate(CertificatesView.class);
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(silk.name());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<vn.ocop.market.certification.CertificateRow> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("certificate-grid"));
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        var history = _find(com.vaadin.flow.component.grid.Grid.class).stream()
                .filter(g -> !"certificate-grid".equals(g.getId().orElse(""))).findFirst().orElseThrow();
        ((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(history, 0, "revoke")).click();
        _get(Button.class, spec -> spec.withId("revoke-confirm")).click();
        var reason = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("revoke-reason"));
        assertTrue(reason.isInvalid(), "a reason is required");
        assertTrue(context.getBean(Catalog.class).listed(silk.id()).isPresent());

        reason.setValue("Nhãn OCOP in sai hạng sao");
        _get(Button.class, spec -> spec.withId("revoke-confirm")).click();
        assertTrue(context.getBean(Catalog.class).listed(silk.id()).isEmpty(), "off sale after revocation");
        assertEquals("Không được bán (không có giấy chứng nhận hợp lệ)",
                _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("listing-state")).getText());
    }

    private void signInAsOfficer() {
        Accounts accounts = context.getBean(Accounts.class);
        String email = "officer-" + System.nanoTime() + "@ocop.test";
        SignedInUser officer = accounts.create(email, "mat-khau-dai", "Cán bộ thử", Role.OFFICER, null);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, officer);
    }
}
