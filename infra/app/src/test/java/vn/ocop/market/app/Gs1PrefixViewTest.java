package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
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
import vn.ocop.market.producer.PrefixedProducer;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Gtin14;
import vn.ocop.market.traceability.console.Gs1PrefixView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A producer enters its GS1 company prefix in the console (checked: digits, 4 to 12, nobody else's,
 * not beginning or extending another's), its next product's batch takes a GTIN built from it, and
 * officers see it in their list, read-only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Gs1PrefixViewTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(Gs1PrefixView.class, LoginView.class), Set.of(), true);

    private ApplicationContext context;
    private TraceabilityFixtures fixtures;
    private TestSql sql;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(TraceabilityFixtures.class);
        sql = context.getBean(TestSql.class);
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
    void aProducerSetsItsPrefixWithFieldErrorsAndItsNextBatchTakesAGtinFromIt() {
        TraceabilityFixtures.Shop first = fixtures.shop("Tiền tố GS1");
        TraceabilityFixtures.Shop second = fixtures.shop("Tiền tố GS1 khác");
        // Six digits (leaving six for the product number); an earlier run's holder gives them back.
        String prefix = "97" + String.format("%04d", System.nanoTime() % 10_000);
        sql.update("UPDATE producer SET gs1_company_prefix = NULL WHERE gs1_company_prefix LIKE CONCAT(?, '%') "
                + "OR ? LIKE CONCAT(gs1_company_prefix, '%')", prefix.substring(0, 5), prefix + "1");

        signIn(Role.PRODUCER, first.producer().id());
        UI.getCurrent().navigate(Gs1PrefixView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withId("gs1-example")).getText().contains("mã nội bộ"),
                "without a prefix: the internal number");
        TextField field = _get(TextField.class, spec -> spec.withId("gs1-prefix"));
        for (String[] bad : new String[][] {{"893A00", "chỉ gồm chữ số"}, {"893", "từ 4 đến 12 chữ số"},
                {"8936001234567", "từ 4 đến 12 chữ số"}}) {
            field.setValue(bad[0]);
            _click(_get(Button.class, spec -> spec.withId("gs1-save")));
            assertTrue(field.isInvalid(), bad[0]);
            assertTrue(field.getErrorMessage().contains(bad[1]), bad[0] + ": " + field.getErrorMessage());
        }
        assertEquals(List.of(), sql.list("SELECT gs1_company_prefix FROM producer WHERE id = " + first.producer().id()
                + " AND gs1_company_prefix IS NOT NULL", rs -> rs.getString(1)), "nothing saved");

        field.setValue(prefix);
        String expected = Gtin14.assign(null, prefix, 1, null);
        assertTrue(_get(Paragraph.class, spec -> spec.withId("gs1-example")).getText().contains(expected),
                "the GTIN a product would get is shown");
        _click(_get(Button.class, spec -> spec.withId("gs1-save")));
        assertFalse(field.isInvalid(), field.getErrorMessage());
        BatchView batch = fixtures.batch(first, TraceabilityFixtures.uniqueLot("GS1"), LocalDate.now().minusDays(1),
                LocalDate.now().plusMonths(6), 10);
        assertEquals(Gtin14.assign(null, prefix, first.product().id(), null), batch.gtin());
        assertTrue(batch.gtin().startsWith("0" + prefix));

        // Another producer may take neither the same prefix nor one that begins or extends it.
        signIn(Role.PRODUCER, second.producer().id());
        UI.getCurrent().navigate(Gs1PrefixView.class);
        TextField other = _get(TextField.class, spec -> spec.withId("gs1-prefix"));
        for (String taken : new String[] {prefix, prefix.substring(0, 5), prefix + "1"}) {
            other.setValue(taken);
            _click(_get(Button.class, spec -> spec.withId("gs1-save")));
            assertTrue(other.isInvalid() && other.getErrorMessage().contains("đã thuộc về chủ thể khác"),
                    taken + ": " + other.getErrorMessage());
        }

        signIn(Role.OFFICER, null);
        UI.getCurrent().navigate(Gs1PrefixView.class);
        assertTrue(_find(TextField.class, spec -> spec.withId("gs1-prefix")).isEmpty(), "officers only read");
        @SuppressWarnings("unchecked")
        Grid<PrefixedProducer> all = _get(Grid.class, spec -> spec.withId("gs1-prefixes"));
        assertTrue(_fetch(all, 0, 10_000).stream().anyMatch(p -> p.prefix().equals(prefix)
                && p.id() == first.producer().id()), "the officer sees the producer's prefix");
    }

    /** Signs in on a fresh page, as a person at another browser would (the router keeps a view it is already on). */
    private void signIn(Role role, Long producerId) {
        MockVaadin.tearDown();
        setUpVaadin();
        SignedInUser user = context.getBean(Accounts.class).create(role.name().toLowerCase() + "-" + System.nanoTime()
                + "@ocop.test", "mat-khau-dai-du", "Người thử", role, producerId);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }
}
