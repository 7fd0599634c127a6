package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Base32;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.Totp;
import vn.ocop.market.account.TwoFactor;
import vn.ocop.market.account.console.SignInLocksView;
import vn.ocop.market.account.ui.SignInView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.console.TwoFactorView;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.ui.CurrentUser;

import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in as a production deployment runs it: second factor required for staff, throttled forms, the admin's lock screen. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInProtectionViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LoginView.class, TwoFactorView.class, CertificatesView.class,
            SignInView.class, SignInLocksView.class, vn.ocop.market.apiclient.console.ApiClientsView.class), Set.of(), true);
    private static final String PASSWORD = "MatKhau-CanBo-2026";

    private ApplicationContext context;
    private Accounts accounts;
    private TwoFactor twoFactor;
    private LoginThrottle throttle;

    @BeforeAll
    void startContext() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.mode", "production");
        context = ApplicationContext.run(props);
        accounts = context.getBean(Accounts.class);
        twoFactor = context.getBean(TwoFactor.class);
        throttle = context.getBean(LoginThrottle.class);
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
        // This test's failures must not count against the address other view tests sign in from.
        throttle.unlock("address:" + ClientAddress.current().orElse("unknown"), "test");
        MockVaadin.tearDown();
    }

    @Test
    void anOfficerMustEnrolBeforeUsingTheConsoleAndSeesTheQrCodeAndRecoveryCodesOnce() {
        SignedInUser officer = staff(Role.OFFICER);
        UI.getCurrent().navigate(LoginView.class);
        _login(_get(LoginForm.class), officer.email(), PASSWORD);
        assertTrue(CurrentUser.get().isEmpty(), "the password alone does not sign an officer in");
        assertInstanceOf(TwoFactorView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());

        UI.getCurrent().navigate(CertificatesView.class);
        assertTrue(_find(CertificatesView.class).isEmpty(), "the console stays closed until enrolled");
        UI.getCurrent().navigate(TwoFactorView.class);
        assertTrue(_get(Image.class, s -> s.withId("two-factor-qr")).getSrc().startsWith("data:image/png;base64,"));
        String text = _get(Div.class, s -> s.withId("two-factor-secret")).getText();
        byte[] secret = Base32.decode(text.substring(text.indexOf(':') + 1).trim());
        assertEquals(20, secret.length, text);
        long step = Totp.step(Instant.now());

        enter("two-factor-code", Totp.code(secret, step - 5));
        _click(_get(Button.class, s -> s.withId("two-factor-confirm")));
        assertTrue(_get(Paragraph.class, s -> s.withId("two-factor-error")).isVisible(), "a wrong code is refused");
        assertFalse(twoFactor.enrolled(officer.id()));

        enter("two-factor-code", Totp.code(secret, step));
        _click(_get(Button.class, s -> s.withId("two-factor-confirm")));
        List<String> codes = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertEquals(10, Set.copyOf(codes).size(), "ten different recovery codes: " + codes);
        assertTrue(twoFactor.enrolled(officer.id()));
        _click(_get(Button.class, s -> s.withId("two-factor-continue")));
        assertEquals(officer.id(), CurrentUser.get().orElseThrow().id(), "signed in once enrolled");

        // At rest: the secret is encrypted and the recovery codes are hashes.
        byte[] stored = query("SELECT secret_enc FROM totp_credential WHERE user_id = " + officer.id());
        assertFalse(HexFormat.of().formatHex(stored).contains(HexFormat.of().formatHex(secret)), "secret not stored in clear");
        String hashes = new String(query("SELECT GROUP_CONCAT(code_hash) FROM totp_recovery_code WHERE user_id = " + officer.id()));
        assertFalse(hashes.contains(codes.getFirst().replace("-", "")), "recovery codes are stored hashed");
        assertEquals(10, hashes.split(",").length);
    }

    @Test
    void anEnrolledOfficerGivesACodeThatWorksOnceOrARecoveryCodeThatWorksOnce() {
        SignedInUser officer = staff(Role.OFFICER);
        TwoFactor.Enrolment enrolment = twoFactor.start(officer);
        byte[] secret = Base32.decode(enrolment.secret());
        assertTrue(enrolment.uri().startsWith("otpauth://totp/") && enrolment.uri().contains("secret=" + enrolment.secret())
                && enrolment.uri().contains("period=30") && enrolment.uri().contains("digits=6"), enrolment.uri());
        long step = Totp.step(Instant.now());
        String used = Totp.code(secret, step);
        List<String> recovery = twoFactor.confirm(officer.id(), used);

        passwordThenCode(officer, used);
        assertTrue(CurrentUser.get().isEmpty(), "the code used to enrol is not accepted again");
        assertTrue(_get(Paragraph.class, s -> s.withId("second-factor-error")).getText().contains("đã được dùng"));
        enter("second-factor-code", Totp.code(secret, step + 1));
        _click(_get(Button.class, s -> s.withId("second-factor-confirm")));
        assertEquals(officer.id(), CurrentUser.get().orElseThrow().id(), "the next step's code signs in");

        newSession();
        passwordThenCode(officer, Totp.code(secret, step + 1));
        assertTrue(CurrentUser.get().isEmpty(), "a code is never accepted twice");

        newSession();
        passwordThenCode(officer, recovery.get(3).toLowerCase());
        assertEquals(officer.id(), CurrentUser.get().orElseThrow().id(), "a recovery code signs in");
        newSession();
        passwordThenCode(officer, recovery.get(3));
        assertTrue(CurrentUser.get().isEmpty(), "a recovery code works once");
        assertEquals(9, twoFactor.recoveryCodesLeft(officer.id()));
    }

    @Test
    void lockedAccountsAreToldUntilWhenOnTheConsoleAndTheStorefrontAndAnAdminUnlocksThem() {
        SignedInUser producer = staff(Role.OFFICER);
        UI.getCurrent().navigate(LoginView.class);
        _login(_get(LoginForm.class), producer.email(), "sai-mat-khau-1");
        _login(_get(LoginForm.class), producer.email(), "sai-mat-khau-2");
        assertTrue(errorOf(_get(LoginForm.class)).contains("thử lại sau 1 giây"),
                errorOf(_get(LoginForm.class)));
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.failed(producer.email(), "192.0.2.77", "password");
        }
        _login(_get(LoginForm.class), producer.email(), PASSWORD);
        assertTrue(CurrentUser.get().isEmpty());
        String message = errorOf(_get(LoginForm.class));
        assertTrue(message.contains("Tài khoản tạm thời bị khóa") && message.contains("đến "), message);

        UI.getCurrent().navigate(SignInView.class);
        _login(_get(LoginForm.class), producer.email(), PASSWORD);
        assertTrue(errorOf(_get(LoginForm.class)).contains("tạm thời bị khóa"),
                "the storefront sign-in is throttled too");

        // An officer may not open the lock screen; an administrator may, and unlocks.
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, producer);
        UI.getCurrent().navigate(SignInLocksView.class);
        assertTrue(_find(SignInLocksView.class).isEmpty(), "officers do not see sign-in locks");
        SignedInUser admin = staff(Role.ADMIN);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, admin);
        UI.getCurrent().navigate(SignInLocksView.class);
        SignInLocksView view = _get(SignInLocksView.class);
        LoginThrottle.Lock lock = throttle.locks().stream().filter(l -> l.subject().equals("account:" + producer.email()))
                .findFirst().orElseThrow();
        view.unlock(lock);
        assertTrue(throttle.refusal(producer.email(), "192.0.2.77").isEmpty(), "unlocked");
        assertTrue(context.getBean(vn.ocop.market.audit.AuditTrail.class).page(0, 10).stream().anyMatch(e ->
                e.action().equals("SIGN_IN_UNLOCKED") && e.actor().equals(admin.email())), "the unlock names the admin");
    }

    @Test
    void onlyAnAdministratorCreatesApiClientsAndSeesTheSecretOnce() {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, staff(Role.OFFICER));
        UI.getCurrent().navigate(vn.ocop.market.apiclient.console.ApiClientsView.class);
        assertTrue(_find(vn.ocop.market.apiclient.console.ApiClientsView.class).isEmpty(), "officers do not manage API clients");
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, staff(Role.ADMIN));
        UI.getCurrent().navigate(vn.ocop.market.apiclient.console.ApiClientsView.class);
        enter("api-client-name", "Sở NN&PTNT Hà Giang");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("api-client-scopes")),
                Set.of(vn.ocop.market.apiclient.ApiScope.REPORTS_READ));
        _click(_get(Button.class, s -> s.withId("api-client-create")));
        String token = _get(com.vaadin.flow.component.html.Pre.class, s -> s.withId("api-client-token")).getText();
        var client = context.getBean(vn.ocop.market.apiclient.ApiClients.class).authenticate(token).orElseThrow();
        assertEquals(Set.of(vn.ocop.market.apiclient.ApiScope.REPORTS_READ), client.scopes());
        assertEquals("Sở NN&PTNT Hà Giang", client.name());
    }

    private void passwordThenCode(SignedInUser user, String code) {
        UI.getCurrent().navigate(LoginView.class);
        _login(_get(LoginForm.class), user.email(), PASSWORD);
        assertTrue(CurrentUser.get().isEmpty(), "not signed in before the code");
        assertTrue(_get(Div.class, s -> s.withId("second-factor")).isVisible());
        enter("second-factor-code", code);
        _click(_get(Button.class, s -> s.withId("second-factor-confirm")));
    }

    private void newSession() {
        throttle.unlock("address:" + ClientAddress.current().orElse("unknown"), "test");
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    private static void enter(String id, String value) {
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId(id)), value);
    }

    private SignedInUser staff(Role role) {
        return accounts.create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test", PASSWORD, "Thử " + role, role, null);
    }

    /** The error text the form shows (its i18n property, as the browser receives it). */
    private static String errorOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @SuppressWarnings("unchecked")
    private byte[] query(String sql) {
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        TransactionOperations<java.sql.Connection> tx = context.getBean(TransactionOperations.class);
        return tx.executeRead(status -> jdbc.prepareStatement(sql, ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }));
    }
}
