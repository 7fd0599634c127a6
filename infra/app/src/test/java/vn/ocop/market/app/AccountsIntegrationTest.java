package vn.ocop.market.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.ocop.market.account.AccountAdministration;
import vn.ocop.market.account.AccountMails;
import vn.ocop.market.account.AccountState;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.PasswordResets;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People and credentials against the real database and a real SMTP server: invitations, resets, sign-in rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsIntegrationTest implements TestEnvironment {

    static final String STRONG = "vuon-che-song-cau-7";
    static final String STRONGER = "hoa-sen-ho-tay-2031";

    private GreenMail smtp;
    private ApplicationContext app;
    private Accounts accounts;
    private Invitations invitations;
    private PasswordResets resets;
    private AccountAdministration administration;
    private AccountMails mails;
    private TestClock clock;

    @BeforeAll
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("ocop.mail.host", "127.0.0.1");
        props.put("ocop.mail.port", smtp.getSmtp().getPort());
        app = ApplicationContext.run(props);
        accounts = app.getBean(Accounts.class);
        invitations = app.getBean(Invitations.class);
        resets = app.getBean(PasswordResets.class);
        administration = app.getBean(AccountAdministration.class);
        mails = app.getBean(AccountMails.class);
        clock = app.getBean(TestClock.class);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @AfterAll
    void stop() {
        app.close();
        smtp.stop();
    }

    @Test
    void anInvitedOfficerAcceptsOnceAndSignsIn() throws Exception {
        SignedInUser admin = staff(Role.ADMIN);
        String email = unique("can-bo-moi");
        invitations.invite(admin, email, Role.OFFICER, null);
        String token = linkToken(email, "/admin/invitation/");
        assertEquals(Role.OFFICER, invitations.find(token).orElseThrow().role());

        SignedInUser officer = invitations.accept(token, "Cán bộ Mới", STRONG, STRONG);
        assertEquals(Role.OFFICER, officer.role());
        assertEquals(officer.id(), accounts.authenticate(email, STRONG).orElseThrow().id());

        assertEquals("token", refused(() -> invitations.accept(token, "Kẻ thứ hai", STRONGER, STRONGER)).get(0).field());
        assertTrue(invitations.find(token).isEmpty(), "a used invitation is gone");
        List<String> actions = app.getBean(AuditTrail.class).page(0, 50).stream()
                .filter(e -> e.detail() != null && (e.detail().contains(email) || e.detail().contains("user " + officer.id())))
                .map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of("ACCOUNT_INVITED", "ACCOUNT_CREATED")), actions.toString());
    }

    @Test
    void anInvitationExpiresAfter72Hours() throws Exception {
        SignedInUser admin = staff(Role.ADMIN);
        String email = unique("tre-hen");
        invitations.invite(admin, email, Role.ADMIN, null);
        String token = linkToken(email, "/admin/invitation/");
        clock.set(Instant.now().plus(Duration.ofHours(72)).plusSeconds(60));
        assertTrue(invitations.find(token).isEmpty());
        assertEquals("token", refused(() -> invitations.accept(token, "Quá hạn", STRONG, STRONG)).get(0).field());
        assertFalse(accounts.exists(email), "nothing created");
    }

    @Test
    void aProducerUserNeedsAProducerAndAProducerMayHaveSeveralUsers() throws Exception {
        SignedInUser admin = staff(Role.ADMIN);
        assertEquals("producerId", refused(() -> invitations.invite(admin, unique("khong-chu-the"), Role.PRODUCER, null))
                .get(0).field());
        long producer = app.getBean(Fixtures.class).producer("HTX Mật ong Bạc Hà Mời", "Lào Cai").id();
        for (String who : List.of("ke-toan", "ban-hang")) {
            String email = unique(who);
            invitations.invite(admin, email, Role.PRODUCER, producer);
            SignedInUser user = invitations.accept(linkToken(email, "/admin/invitation/"), "Người " + who, STRONG, STRONG);
            assertEquals(producer, user.producerId());
        }
    }

    @Test
    void onlyAPlatformAdminInvites() {
        SignedInUser officer = staff(Role.OFFICER);
        assertThrows(SecurityException.class, () -> invitations.invite(officer, unique("x"), Role.ADMIN, null));
        assertThrows(SecurityException.class, () -> administration.page(officer,
                new AccountAdministration.Filter(null, null, null), 0, 10));
    }

    @Test
    void aResetEndsEverySessionAndOnlyTheNewPasswordWorks() throws Exception {
        String email = unique("quen");
        accounts.create(email, STRONG, "Người Quên", Role.CONSUMER, null);
        SignedInUser laptop = accounts.authenticate(email, STRONG).orElseThrow();
        SignedInUser phone = accounts.authenticate(email, STRONG).orElseThrow();
        assertTrue(accounts.stillValid(laptop));

        resets.request(email);
        String token = linkToken(email, "/dat-lai-mat-khau/");
        assertEquals("password", refused(() -> resets.reset(token, "1234567890", "1234567890")).get(0).field());
        assertTrue(resets.emailFor(token).isPresent(), "a refused weak password does not use up the link");
        resets.reset(token, STRONGER, STRONGER);

        assertFalse(accounts.stillValid(laptop), "old sessions end");
        assertFalse(accounts.stillValid(phone), "old sessions end");
        assertTrue(accounts.authenticate(email, STRONG).isEmpty(), "old password refused");
        assertTrue(accounts.authenticate(email, STRONGER).isPresent(), "new password works");
        assertEquals("token", refused(() -> resets.reset(token, "mot-lan-nua-thoi-9", "mot-lan-nua-thoi-9")).get(0).field(),
                "the link works once");
    }

    @Test
    void aResetLinkLastsThirtyMinutes() throws Exception {
        String email = unique("cham");
        SignedInUser staffer = accounts.create(email, STRONG, "Người Chậm", Role.OFFICER, null);
        resets.request(email);
        String token = linkToken(email, "/admin/reset/");
        clock.set(Instant.now().plus(Duration.ofMinutes(31)));
        assertEquals("token", refused(() -> resets.reset(token, STRONGER, STRONGER)).get(0).field());
        assertTrue(accounts.authenticate(email, STRONG).isPresent(), "password unchanged");
        assertTrue(accounts.stillValid(staffer));
    }

    @Test
    void forgotPasswordForAnUnknownAddressAnswersTheSameAndSendsNothing() {
        String email = unique("khong-ai");
        resets.request(email);
        assertTrue(mails.to(email, 5).isEmpty());
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEnd() {
        SignedInUser admin = staff(Role.ADMIN);
        String email = unique("bi-khoa");
        SignedInUser officer = accounts.create(email, STRONG, "Bị Khóa", Role.OFFICER, null);
        administration.setState(admin, officer.id(), AccountState.DISABLED);
        assertTrue(accounts.authenticate(email, STRONG).isEmpty());
        assertFalse(accounts.stillValid(officer));
        resets.request(email);
        assertTrue(mails.to(email, 5).isEmpty(), "no reset for a disabled account");
        administration.setState(admin, officer.id(), AccountState.ACTIVE);
        assertTrue(accounts.authenticate(email, STRONG).isPresent());
        assertEquals("state", refused(() -> administration.setState(admin, admin.id(), AccountState.DISABLED)).get(0).field());
    }

    @Test
    void aRoleChangeEndsTheSessionsAndIsAudited() {
        SignedInUser admin = staff(Role.ADMIN);
        SignedInUser officer = staff(Role.OFFICER);
        administration.changeRole(admin, officer.id(), Role.ADMIN, null);
        assertFalse(accounts.stillValid(officer));
        assertEquals(Role.ADMIN, accounts.authenticate(officer.email(), STRONG).orElseThrow().role());
        assertTrue(app.getBean(AuditTrail.class).page(0, 20).stream()
                .anyMatch(e -> e.action().equals("ROLE_CHANGED") && e.detail().contains(officer.email())));
    }

    @Test
    void aBcryptHashIsReplacedByArgon2idAtSignIn() {
        SignedInUser user = staff(Role.OFFICER);
        TestSql sql = app.getBean(TestSql.class);
        sql.update("UPDATE app_user SET password_hash = ? WHERE id = ?", new BCryptPasswordEncoder(10).encode(STRONG), user.id());
        assertTrue(accounts.authenticate(user.email(), STRONG).isPresent(), "the old hash still verifies");
        String hash = sql.one("SELECT password_hash FROM app_user WHERE id = ?", rs -> rs.getString(1), user.id()).orElseThrow();
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(accounts.authenticate(user.email(), STRONG).isPresent());
        assertTrue(accounts.stillValid(user), "rehashing is not a password change");
    }

    @Test
    void weakPasswordsAreRefusedEverywhere() {
        SignedInUser user = staff(Role.OFFICER);
        assertEquals("password", refused(() -> accounts.register(unique("yeu"), "matkhau123", "Khách Yếu")).get(0).field());
        assertEquals("password", refused(() -> accounts.changePassword(user, STRONG, "abcdefghij", "abcdefghij")).get(0).field());
        assertEquals("current", refused(() -> accounts.changePassword(user, "sai-mat-khau-roi", STRONGER, STRONGER)).get(0).field());
        assertEquals("password", refused(() -> accounts.create(unique("ngan"), "Ab1!", "Ngắn", Role.OFFICER, null)).get(0).field());
    }

    @Test
    void registeringATakenAddressLooksTheSameAndTellsItsOwner() throws Exception {
        String taken = unique("da-co");
        accounts.create(taken, STRONG, "Chủ Cũ", Role.CONSUMER, null);
        accounts.register(taken, STRONGER, "Kẻ Mạo Danh");
        assertTrue(accounts.authenticate(taken, STRONG).isPresent(), "the owner's password is untouched");
        assertTrue(accounts.authenticate(taken, STRONGER).isEmpty());
        assertTrue(mailBody(taken).contains("đã có tài khoản"), "the owner is told");

        String fresh = unique("moi");
        accounts.register(fresh, STRONGER, "Khách Mới");
        assertTrue(accounts.authenticate(fresh, STRONGER).isEmpty(), "not before the e-mail is confirmed");
        String token = linkToken(fresh, "/xac-nhan/");
        assertEquals(fresh, accounts.confirm(token).orElseThrow().email());
        assertTrue(accounts.authenticate(fresh, STRONGER).isPresent());
        assertTrue(accounts.confirm(token).isEmpty(), "the link works once");
    }

    @Test
    void overlongNamesAndEmailsAreFieldErrorsNotDatabaseErrors() {
        List<FieldError> errors = refused(() -> accounts.register("a".repeat(170) + "@ocop.test", STRONG, "N".repeat(300)));
        assertEquals(List.of("displayName", "email"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theAccountsListIsFilteredAndPagedInTheDatabase() {
        SignedInUser admin = staff(Role.ADMIN);
        String tag = "trang-" + System.nanoTime();
        for (int i = 0; i < 7; i++) {
            accounts.create(tag + "-" + i + "@ocop.test", STRONG, "Trang " + i, Role.OFFICER, null);
        }
        var filter = new AccountAdministration.Filter(Role.OFFICER, AccountState.ACTIVE, tag);
        assertEquals(7, administration.count(admin, filter));
        List<AccountAdministration.Row> first = administration.page(admin, filter, 0, 5);
        List<AccountAdministration.Row> second = administration.page(admin, filter, 5, 5);
        assertEquals(5, first.size());
        assertEquals(2, second.size());
        assertEquals(0, administration.count(admin, new AccountAdministration.Filter(Role.ADMIN, null, tag)));
    }

    private SignedInUser staff(Role role) {
        return accounts.create(unique(role.name().toLowerCase()), STRONG, "Người " + role, role, null);
    }

    private static String unique(String who) {
        return who + "-" + System.nanoTime() + "@ocop.test";
    }

    private static List<FieldError> refused(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).errors();
    }

    /** Sends what is queued and reads the token of the link in the newest e-mail to {@code to}. */
    private String linkToken(String to, String path) throws Exception {
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{43})").matcher(mailBody(to));
        assertTrue(m.find(), "no " + path + " link in the e-mail to " + to);
        return m.group(1);
    }

    private String mailBody(String to) throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        // The scheduled sender may be running at this moment (then this send() skips): wait for either.
        long deadline = System.currentTimeMillis() + 15_000;
        while (received.isEmpty() && System.currentTimeMillis() < deadline) {
            mails.send();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
                    received.add(message);
                }
            }
            if (received.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertFalse(received.isEmpty(), "no e-mail reached " + to);
        return received.get(received.size() - 1).getContent().toString();
    }
}
