package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.AccountMails;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.ui.AccountView;
import vn.ocop.market.account.console.AccountsView;
import vn.ocop.market.account.console.ConsolePasswordView;
import vn.ocop.market.account.ui.RegisterView;
import vn.ocop.market.console.AdminHomeView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.ui.CurrentUser;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accounts screen, the role split in the console and the password pages, browserless. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LoginView.class, AdminHomeView.class, CertificatesView.class,
            AccountsView.class, ConsolePasswordView.class, RegisterView.class, AccountView.class,
            vn.ocop.market.account.ui.SignInView.class, vn.ocop.market.account.console.InvitationView.class,
            vn.ocop.market.product.ui.HomeView.class, vn.ocop.market.account.ui.ForgotPasswordPage.class,
            vn.ocop.market.account.ui.ResetPasswordPage.class), Set.of(), true);
    static final String STRONG = "vuon-che-song-cau-7";

    private ApplicationContext context;
    private Accounts accounts;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        accounts = context.getBean(Accounts.class);
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
    void officersProducersAndShoppersCannotOpenTheAccountsScreen() {
        for (Role role : List.of(Role.OFFICER, Role.CONSUMER, Role.PRODUCER)) {
            signIn(role);
            try {
                UI.getCurrent().navigate(AccountsView.class);
            } catch (RuntimeException refused) {
                // Karibu surfaces the access-denied error route as an exception; either way the screen must not show.
            }
            assertTrue(_find(Grid.class, spec -> spec.withId("accounts")).isEmpty(), role + " must not see the accounts");
        }
    }

    @Test
    void theAdminManagesPeopleAndNotCertificates() {
        SignedInUser admin = signIn(Role.ADMIN);
        UI.getCurrent().navigate("admin");
        assertInstanceOf(AccountsView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst(),
                "an admin lands on the accounts");
        List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertTrue(menu.contains("Tài khoản"), menu.toString());
        assertFalse(menu.contains("Giấy chứng nhận"), menu.toString());
        assertEquals(admin.email(), firstRowEmail(admin.email()));
        try {
            UI.getCurrent().navigate(CertificatesView.class);
        } catch (RuntimeException refused) {
            // access denied
        }
        assertFalse(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof CertificatesView,
                "certificates are officers' work");
    }

    @Test
    void theOfficerSeesCertificatesButNotAccountsInTheMenu() {
        signIn(Role.OFFICER);
        UI.getCurrent().navigate(CertificatesView.class);
        List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertTrue(menu.contains("Giấy chứng nhận"), menu.toString());
        assertFalse(menu.contains("Tài khoản"), menu.toString());
    }

    @Test
    void theAdminInvitesAnOfficerFromTheAccountsScreen() {
        signIn(Role.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
        _get(Button.class, spec -> spec.withId("invite")).click();
        String email = "moi-" + System.nanoTime() + "@ocop.test";
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue(email);
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("invite-role"));
        role.setValue(Role.OFFICER);
        _get(Button.class, spec -> spec.withId("invite-send")).click();
        List<AccountMails.Mail> sent = context.getBean(AccountMails.class).to(email, 5);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).body().contains("/admin/invitation/"), sent.get(0).body());
    }

    @Test
    void aSessionEndsAtItsNextNavigationOnceThePasswordWasReset() {
        SignedInUser officer = signIn(Role.OFFICER);
        UI.getCurrent().navigate(CertificatesView.class);
        assertInstanceOf(CertificatesView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
        // Elsewhere, the same person resets the password through the e-mailed link.
        context.getBean(PasswordResets.class).request(officer.email());
        String body = context.getBean(AccountMails.class).to(officer.email(), 1).get(0).body();
        String token = body.replaceAll("(?s).*/admin/reset/([A-Za-z0-9_-]{43}).*", "$1");
        context.getBean(PasswordResets.class).reset(token, "hoa-sen-ho-tay-2031", "hoa-sen-ho-tay-2031");

        UI.getCurrent().navigate(CertificatesView.class);
        assertInstanceOf(LoginView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
        assertTrue(CurrentUser.get().isEmpty(), "signed out");
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndKeepsThisSession() {
        SignedInUser officer = signIn(Role.OFFICER);
        UI.getCurrent().navigate(ConsolePasswordView.class);
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("change-current"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("change-password"));
        PasswordField confirm = _get(PasswordField.class, spec -> spec.withId("change-confirm"));
        current.setValue("khong-phai-mat-khau");
        password.setValue("hoa-sen-ho-tay-2031");
        confirm.setValue("hoa-sen-ho-tay-2031");
        _get(Button.class, spec -> spec.withId("change-save")).click();
        assertTrue(current.isInvalid(), "wrong current password");
        current.setValue(STRONG);
        password.setValue("1234567890");
        confirm.setValue("1234567890");
        _get(Button.class, spec -> spec.withId("change-save")).click();
        assertTrue(password.isInvalid(), "weak password refused");
        assertTrue(password.getErrorMessage().contains("dễ đoán"), password.getErrorMessage());
        current.setValue(STRONG);
        password.setValue("hoa-sen-ho-tay-2031");
        confirm.setValue("hoa-sen-ho-tay-2031");
        _get(Button.class, spec -> spec.withId("change-save")).click();
        assertTrue(accounts.authenticate(officer.email(), "hoa-sen-ho-tay-2031").isPresent());
        UI.getCurrent().navigate(CertificatesView.class);
        assertInstanceOf(CertificatesView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst(),
                "this session goes on");
    }

    @Test
    void registrationAnswersTheSameForATakenAndANewAddress() {
        String taken = "co-roi-" + System.nanoTime() + "@ocop.test";
        accounts.create(taken, STRONG, "Đã Có", Role.CONSUMER, null);
        String takenAnswer = register(taken).replace(taken, "@");
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        String fresh = "chua-co-" + System.nanoTime() + "@ocop.test";
        String freshAnswer = register(fresh).replace(fresh, "@");
        assertEquals(takenAnswer, freshAnswer);
        assertTrue(CurrentUser.get().isEmpty(), "registering signs no one in");
    }

    @Test
    void aShopperResetsAForgottenPasswordOnceThroughTheStorefront() {
        String email = "quen-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, STRONG, "Khách Quên", Role.CONSUMER, null);
        String known = askForReset(email).replace(email, "@");
        String unknown = askForReset("khong-co-" + System.nanoTime() + "@ocop.test").replaceAll("khong-co-\\d+@ocop.test", "@");
        assertEquals(known, unknown, "the same answer whether or not the address has an account");

        String body = context.getBean(AccountMails.class).to(email, 1).get(0).body();
        String token = body.replaceAll("(?s).*/dat-lai-mat-khau/([A-Za-z0-9_-]{43}).*", "$1");
        UI.getCurrent().navigate("dat-lai-mat-khau/" + token);
        _get(PasswordField.class, spec -> spec.withId("reset-password")).setValue("hoa-sen-ho-tay-2031");
        _get(PasswordField.class, spec -> spec.withId("reset-confirm")).setValue("hoa-sen-ho-tay-2031");
        _get(Button.class, spec -> spec.withId("reset-save")).click();
        assertTrue(_get(Paragraph.class, spec -> spec.withId("reset-result")).getText().startsWith("Đã đổi mật khẩu"));
        assertTrue(accounts.authenticate(email, "hoa-sen-ho-tay-2031").isPresent());

        UI.getCurrent().navigate("dat-lai-mat-khau/" + token);
        assertTrue(_find(Button.class, spec -> spec.withId("reset-save")).isEmpty(), "a used link offers no form");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("reset-result")).getText().contains("không còn hiệu lực"));
    }

    @Test
    void resetRequestsForOneAddressAreThrottledAndSendNothingMore() {
        String email = "doi-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, STRONG, "Khách Vội", Role.CONSUMER, null);
        TestClock clock = context.getBean(TestClock.class);
        clock.freeze(java.time.Instant.now());
        try {
            askForReset(email);
            askForReset(email);
            // After two requests the next must wait a second: refused, and no third e-mail is queued.
            UI.getCurrent().navigate(vn.ocop.market.account.ui.ForgotPasswordPage.class);
            _get(EmailField.class, spec -> spec.withId("forgot-email")).setValue(email);
            _get(Button.class, spec -> spec.withId("forgot-send")).click();
            EmailField field = _get(EmailField.class, spec -> spec.withId("forgot-email"));
            assertTrue(field.isInvalid(), "the third request at once is refused");
            assertTrue(field.getErrorMessage().startsWith("Quá nhiều yêu cầu đặt lại mật khẩu"), field.getErrorMessage());
            assertTrue(_find(Paragraph.class, spec -> spec.withId("forgot-sent")).isEmpty(), "no 'link sent' answer");
            assertEquals(2, context.getBean(AccountMails.class).to(email, 5).size(), "two reset e-mails only");
            // Reset requests are counted apart: they never lock the account's sign-in.
            assertTrue(accounts.authenticate(email, STRONG).isPresent());
        } finally {
            clock.reset();
        }
    }

    private String askForReset(String email) {
        UI.getCurrent().navigate(vn.ocop.market.account.ui.ForgotPasswordPage.class);
        _get(EmailField.class, spec -> spec.withId("forgot-email")).setValue(email);
        _get(Button.class, spec -> spec.withId("forgot-send")).click();
        return _get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText();
    }

    private String register(String email) {
        UI.getCurrent().navigate(RegisterView.class);
        _get(TextField.class, spec -> spec.withId("register-name")).setValue("Khách Thử");
        _get(EmailField.class, spec -> spec.withId("register-email")).setValue(email);
        _get(PasswordField.class, spec -> spec.withId("register-password")).setValue("hoa-sen-ho-tay-2031");
        _get(PasswordField.class, spec -> spec.withId("register-confirm")).setValue("hoa-sen-ho-tay-2031");
        _get(Button.class, spec -> spec.withId("register")).click();
        Paragraph sent = _get(Paragraph.class, spec -> spec.withId("register-sent"));
        assertTrue(sent.isVisible());
        return sent.getText();
    }

    @SuppressWarnings("unchecked")
    private String firstRowEmail(String text) {
        _get(TextField.class, spec -> spec.withId("accounts-text")).setValue(text);
        Grid<vn.ocop.market.account.AccountAdministration.Row> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        return grid.getLazyDataView().getItems().findFirst().map(r -> r.email()).orElse(null);
    }

    private SignedInUser signIn(Role role) {
        Long producer = role == Role.PRODUCER
                ? context.getBean(Fixtures.class).producer("HTX Tài Khoản " + System.nanoTime(), "Lào Cai").id() : null;
        SignedInUser user = accounts.create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test", STRONG,
                "Người thử", role, producer);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
        return user;
    }
}
