package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.AccountAdministration;
import vn.ocop.market.account.AccountMails;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Base32;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.Totp;
import vn.ocop.market.account.TwoFactor;
import vn.ocop.market.account.console.AccountsView;
import vn.ocop.market.account.console.InvitationView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.console.TwoFactorView;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.audit.console.AuditView;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin resets a lost second factor and handles pending invitations, as production runs it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffCredentialsAdminViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LoginView.class, TwoFactorView.class, CertificatesView.class,
            AccountsView.class, InvitationView.class), Set.of(), true);
    private static final String PASSWORD = "MatKhau-CanBo-2026";

    private ApplicationContext context;
    private Accounts accounts;
    private TwoFactor twoFactor;
    private Invitations invitations;
    private TestClock clock;

    @BeforeAll
    void startContext() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.mode", "production");
        context = ApplicationContext.run(props);
        accounts = context.getBean(Accounts.class);
        twoFactor = context.getBean(TwoFactor.class);
        invitations = context.getBean(Invitations.class);
        clock = context.getBean(TestClock.class);
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
        clock.reset();
        context.getBean(LoginThrottle.class).unlock("address:" + ClientAddress.current().orElse("unknown"), "test");
        MockVaadin.tearDown();
    }

    @Test
    void anAdminResetsALostSecondFactorTheSessionsEndAndThePersonMustEnrolAgain() {
        SignedInUser officer = staff(Role.OFFICER);
        byte[] secret = Base32.decode(twoFactor.start(officer).secret());
        List<String> recovery = twoFactor.confirm(officer.id(), Totp.code(secret, Totp.step(Instant.now())));
        assertTrue(actions(officer.email()).contains("TWO_FACTOR_ENROLLED"), "enrolment is audited");
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, officer);
        UI.getCurrent().navigate(CertificatesView.class);
        assertInstanceOf(CertificatesView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());

        SignedInUser admin = staff(Role.ADMIN);
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, admin);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountAdministration.Row> grid = accountsShowing(officer.email());
        assertTrue(grid.getLazyDataView().getItem(0).twoFactor(), "the grid shows two-factor on");
        assertEquals("Bật", GridKt._getFormattedRow(grid, 0).get(grid.getColumns().indexOf(grid.getColumnByKey("twoFactor"))));
        button(grid, 0, "reset-two-factor-").click();
        _fireConfirm(_get(ConfirmDialog.class));

        assertFalse(twoFactor.enrolled(officer.id()));
        assertEquals(0, twoFactor.recoveryCodesLeft(officer.id()), "the recovery codes are gone");
        assertEquals("Tắt", GridKt._getFormattedRow(accountsShowing(officer.email()), 0)
                .get(grid.getColumns().indexOf(grid.getColumnByKey("twoFactor"))));
        assertTrue(context.getBean(AuditTrail.class).page(0, 20).stream().anyMatch(e -> e.action().equals("TWO_FACTOR_RESET")
                && e.actor().equals(admin.email()) && e.detail().contains(officer.email())), "the reset names the admin");
        assertEquals("Đặt lại xác thực hai bước", AuditView.action("TWO_FACTOR_RESET"));

        // The officer's open session ends at its next navigation.
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, officer);
        UI.getCurrent().navigate(CertificatesView.class);
        assertInstanceOf(LoginView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
        assertTrue(CurrentUser.get().isEmpty(), "signed out");
        // Neither an old recovery code nor the password alone lets them in: they must enrol again.
        assertFalse(twoFactor.verify(officer.id(), recovery.get(0)));
        _login(_get(LoginForm.class), officer.email(), PASSWORD);
        assertTrue(CurrentUser.get().isEmpty(), "the password alone does not sign in");
        assertInstanceOf(TwoFactorView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
    }

    @Test
    void anAdminCannotResetTheirOwnSecondFactorNorAnyoneElseAnybodys() {
        SignedInUser admin = staff(Role.ADMIN);
        byte[] secret = Base32.decode(twoFactor.start(admin).secret());
        twoFactor.confirm(admin.id(), Totp.code(secret, Totp.step(Instant.now())));
        AccountAdministration administration = context.getBean(AccountAdministration.class);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> administration.resetTwoFactor(admin, admin.id()));
        assertEquals("twoFactor", refused.errors().get(0).field());
        assertThrows(SecurityException.class, () -> administration.resetTwoFactor(staff(Role.OFFICER), admin.id()));
        assertTrue(twoFactor.enrolled(admin.id()), "still enrolled");

        VaadinSession.getCurrent().setAttribute(SignedInUser.class, admin);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountAdministration.Row> grid = accountsShowing(admin.email());
        assertTrue(_find(GridKt._getCellComponent(grid, 0, "actions"), Button.class).isEmpty(), "no button on one's own row");
    }

    @Test
    void aUsedRecoveryCodeIsAudited() {
        SignedInUser officer = staff(Role.OFFICER);
        byte[] secret = Base32.decode(twoFactor.start(officer).secret());
        List<String> recovery = twoFactor.confirm(officer.id(), Totp.code(secret, Totp.step(Instant.now())));
        assertFalse(actions(officer.email()).contains("RECOVERY_CODE_USED"));
        assertFalse(twoFactor.verify(officer.id(), "AAAA-BBBB-CCCC-DDDD"), "an unknown code is refused");
        assertFalse(actions(officer.email()).contains("RECOVERY_CODE_USED"), "a refused code is not a use");
        assertTrue(twoFactor.verify(officer.id(), recovery.get(2)));
        AuditEvent used = context.getBean(AuditTrail.class).page(0, 20).stream()
                .filter(e -> e.actor().equals(officer.email()) && e.action().equals("RECOVERY_CODE_USED")).findFirst().orElseThrow();
        assertTrue(used.detail().contains("9 left"), used.detail());
        assertEquals("Dùng mã khôi phục", AuditView.action("RECOVERY_CODE_USED"));
        assertEquals("Bật xác thực hai bước", AuditView.action("TWO_FACTOR_ENROLLED"));
        assertEquals("Thêm ảnh", AuditView.action("IMAGE_ADDED"));
        assertEquals("SOMETHING_NEW", AuditView.action("SOMETHING_NEW"), "an action without a text shows its code");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pendingInvitationsAreListedAndCanBeRevokedOrSentAgain() {
        SignedInUser admin = staff(Role.ADMIN);
        String revoked = "thu-hoi-" + System.nanoTime() + "@ocop.test";
        String resent = "gui-lai-" + System.nanoTime() + "@ocop.test";
        invitations.invite(admin, revoked, Role.OFFICER, null);
        invitations.invite(admin, resent, Role.ADMIN, null);
        String revokedToken = token(revoked);
        String oldToken = token(resent);

        VaadinSession.getCurrent().setAttribute(SignedInUser.class, admin);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<Invitations.Pending> grid = _get(Grid.class, s -> s.withId("invitations"));
        Invitations.Pending shown = row(grid, revoked);
        assertEquals(admin.email(), shown.invitedBy());
        assertEquals(Role.OFFICER, shown.role());

        button(grid, index(grid, revoked), "revoke-invitation-").click();
        _fireConfirm(_get(ConfirmDialog.class));
        assertEquals(-1, index(grid, revoked), "a revoked invitation is no longer pending");
        assertNoLongerValid(revokedToken);

        grid = _get(Grid.class, s -> s.withId("invitations"));
        button(grid, index(grid, resent), "resend-invitation-").click();
        String newToken = token(resent);
        assertFalse(newToken.equals(oldToken));
        assertNoLongerValid(oldToken);
        Invitations.Invitation fresh = invitations.find(newToken).orElseThrow();
        long expected = clock.instant().plus(Invitations.VALIDITY).getEpochSecond();
        assertTrue(Math.abs(expected - fresh.expiresAt().getEpochSecond()) <= 2, "a fresh 72 hours: " + fresh.expiresAt());
        SignedInUser joined = invitations.accept(newToken, "Người Mới", "vuon-che-song-cau-7", "vuon-che-song-cau-7");
        assertEquals(Role.ADMIN, joined.role());
        assertTrue(invitations.pending(admin, 0, 500).stream().noneMatch(p -> p.email().equals(resent)), "accepted: gone");

        List<String> audited = context.getBean(AuditTrail.class).page(0, 30).stream()
                .filter(e -> e.actor().equals(admin.email())).map(AuditEvent::action).toList();
        assertTrue(audited.containsAll(List.of("INVITATION_REVOKED", "INVITATION_RESENT")), audited.toString());
        assertThrows(InvalidInputException.class, () -> invitations.revoke(admin, shown.id()), "revoked once only");
    }

    @Test
    void expiredInvitationsAreNotPendingAndTheListIsPagedInTheDatabase() {
        SignedInUser admin = staff(Role.ADMIN);
        String email = "het-han-" + System.nanoTime() + "@ocop.test";
        invitations.invite(admin, email, Role.OFFICER, null);
        invitations.invite(admin, "khac-" + System.nanoTime() + "@ocop.test", Role.OFFICER, null);
        assertEquals(1, invitations.pending(admin, 0, 1).size(), "one per page when asked for one");
        assertTrue(invitations.countPending(admin) >= 2);
        clock.set(Instant.now().plus(Duration.ofHours(72)).plusSeconds(60));
        assertTrue(invitations.pending(admin, 0, 500).stream().noneMatch(p -> p.email().equals(email)));
        assertThrows(InvalidInputException.class, () -> invitations.resend(admin,
                0L), "nothing to send again");
        assertThrows(SecurityException.class, () -> invitations.pending(staff(Role.OFFICER), 0, 10));

        clock.reset();
        String registered = "da-dang-ky-" + System.nanoTime() + "@ocop.test";
        invitations.invite(admin, registered, Role.OFFICER, null);
        accounts.create(registered, PASSWORD, "Khách Đã Có", Role.CONSUMER, null);
        long id = invitations.pending(admin, 0, 500).stream().filter(p -> p.email().equals(registered)).findFirst()
                .orElseThrow().id();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> invitations.resend(admin, id));
        assertEquals("email", refused.errors().get(0).field(), "no new link for an address that has an account");
    }

    private void assertNoLongerValid(String token) {
        UI.getCurrent().navigate("admin/invitation/" + token);
        assertTrue(_get(Paragraph.class, s -> s.withId("invitation-problem")).getText().contains("không còn hiệu lực"));
        assertTrue(_find(TextField.class, s -> s.withId("invitation-name")).isEmpty(), "no form to accept");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> invitations.accept(token, "Kẻ Khác", "vuon-che-song-cau-7", "vuon-che-song-cau-7"));
        assertEquals("token", refused.errors().get(0).field());
        UI.getCurrent().navigate(AccountsView.class);
    }

    private String token(String email) {
        String body = context.getBean(AccountMails.class).to(email, 1).get(0).body();
        Matcher m = Pattern.compile("/admin/invitation/([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static Invitations.Pending row(Grid<Invitations.Pending> grid, String email) {
        return grid.getLazyDataView().getItems().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }

    private static int index(Grid<Invitations.Pending> grid, String email) {
        List<String> emails = grid.getLazyDataView().getItems().map(Invitations.Pending::email).toList();
        return emails.indexOf(email);
    }

    private static Button button(Grid<?> grid, int row, String idPrefix) {
        Component cell = GridKt._getCellComponent(grid, row, "actions");
        return _get(cell, Button.class, s -> s.withPredicate(b -> b.getId().orElse("").startsWith(idPrefix)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountAdministration.Row> accountsShowing(String email) {
        _get(TextField.class, s -> s.withId("accounts-text")).setValue(email);
        Grid<AccountAdministration.Row> grid = _get(Grid.class, s -> s.withId("accounts"));
        assertEquals(email, grid.getLazyDataView().getItem(0).email());
        return grid;
    }

    private List<String> actions(String actor) {
        return context.getBean(AuditTrail.class).page(0, 50).stream().filter(e -> e.actor().equals(actor))
                .map(AuditEvent::action).toList();
    }

    private SignedInUser staff(Role role) {
        return accounts.create(role.name().toLowerCase() + "-" + System.nanoTime() + "@ocop.test", PASSWORD,
                "Thử " + role, role, null);
    }
}
