package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
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
import vn.ocop.market.account.AccountState;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.ProducerOnboarding;
import vn.ocop.market.account.ProducerTeam;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.account.console.InvitationView;
import vn.ocop.market.account.console.TeamView;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.certification.console.CertificatesView;
import vn.ocop.market.console.AdminHomeView;
import vn.ocop.market.console.LoginView;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerApplication;
import vn.ocop.market.producer.ProducerStatus;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.producer.VideoLinks;
import vn.ocop.market.producer.console.ApplicationsNavItem;
import vn.ocop.market.producer.console.ApplicationsView;
import vn.ocop.market.producer.console.StoryView;
import vn.ocop.market.producer.ui.ProducerRegistrationView;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Producers join by themselves and run their own team: the registration form, the officer's review
 * against the certificate registry, the owner's team page and the story editor, on the real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerOnboardingTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LoginView.class, AdminHomeView.class, CertificatesView.class,
            ProducerRegistrationView.class, ApplicationsView.class, TeamView.class, StoryView.class,
            InvitationView.class, vn.ocop.market.producer.ui.ProducerView.class), Set.of(), true);
    private static final String PASSWORD = "Mat-Khau-Nuong-Che-48";
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private ApplicationContext context;
    private Accounts accounts;
    private Producers producers;
    private ProducerOnboarding onboarding;
    private ProducerTeam team;
    private Invitations invitations;
    private AccountMails mails;
    private Listings listings;
    private AuditTrail audit;
    private AdminUnits units;
    private Fixtures fixtures;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        accounts = context.getBean(Accounts.class);
        producers = context.getBean(Producers.class);
        onboarding = context.getBean(ProducerOnboarding.class);
        team = context.getBean(ProducerTeam.class);
        invitations = context.getBean(Invitations.class);
        mails = context.getBean(AccountMails.class);
        listings = context.getBean(Listings.class);
        audit = context.getBean(AuditTrail.class);
        units = context.getBean(AdminUnits.class);
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
        String address = ClientAddress.current().orElse("unknown");
        LoginThrottle throttle = context.getBean(LoginThrottle.class);
        throttle.unlock("address:" + address, "test");
        throttle.unlock("account:producer-register:" + address, "test");
        MockVaadin.tearDown();
    }

    @Test
    void aProducerRegistersIsToldWhatIsWrongThenWaitsForAnOfficerBeforeListing() {
        long n = SEQ.incrementAndGet();
        String email = "htx.che" + n + "@example.vn";
        String number = String.format("%010d", n % 10_000_000_000L);
        AdminProvince thaiNguyen = units.provinceNamed("Thái Nguyên").orElseThrow();
        // A certified producer of the same name in the registry: what the officer checks the application against.
        Producer known = fixtures.producer("HTX Chè Tân Cương " + n, "Thái Nguyên");
        fixtures.certify(fixtures.product(known, "Chè búp Tân Cương " + n, ProductGroup.BEVERAGE, 120_000), 78,
                LocalDate.now().minusMonths(2));

        UI.getCurrent().navigate(ProducerRegistrationView.class);
        text("producer-register-name").setValue("HTX Chè Tân Cương " + n);
        text("producer-register-number").setValue("12345");
        text("producer-register-phone").setValue("12ab");
        _get(EmailField.class, s -> s.withId("producer-register-email")).setValue(email);
        password("producer-register-password").setValue("123");
        password("producer-register-confirm").setValue("123");
        click("producer-register");

        assertTrue(text("producer-register-number").isInvalid());
        assertEquals("Mã số doanh nghiệp/HTX gồm 10 hoặc 13 chữ số.", text("producer-register-number").getErrorMessage());
        assertTrue(text("producer-register-contact").isInvalid(), "the contact person is required");
        assertTrue(text("producer-register-phone").isInvalid());
        assertTrue(password("producer-register-password").isInvalid(), "the password rules apply");
        assertTrue(_get(Select.class, s -> s.withId("producer-register-type")).isInvalid(), "the legal form is required");
        assertTrue(_get(ComboBox.class, s -> s.withId("address-province")).isInvalid(), "the province is required");
        assertTrue(_find(Paragraph.class, s -> s.withId("producer-register-sent")).isEmpty(), "not sent");
        assertTrue(producers.withStatus(ProducerStatus.PENDING, 0, 500).stream()
                .noneMatch(p -> p.name().equals("HTX Chè Tân Cương " + n)), "nothing is saved");

        text("producer-register-number").setValue(number.substring(0, 4) + " " + number.substring(4));
        text("producer-register-contact").setValue("Nguyễn Thị Hoa");
        text("producer-register-phone").setValue("0912 345 678");
        @SuppressWarnings("unchecked")
        Select<ProducerType> type = _get(Select.class, s -> s.withId("producer-register-type"));
        type.setValue(ProducerType.COOPERATIVE);
        @SuppressWarnings("unchecked")
        ComboBox<AdminProvince> province = _get(ComboBox.class, s -> s.withId("address-province"));
        province.setValue(thaiNguyen);
        Commune commune = units.communes(thaiNguyen.code()).getFirst();
        @SuppressWarnings("unchecked")
        ComboBox<Commune> communes = _get(ComboBox.class, s -> s.withId("address-commune"));
        communes.setValue(commune);
        text("address-street").setValue("Xóm Hồng Thái 2");
        password("producer-register-password").setValue(PASSWORD);
        password("producer-register-confirm").setValue(PASSWORD);
        click("producer-register");

        Paragraph sent = _get(Paragraph.class, s -> s.withId("producer-register-sent"));
        assertTrue(sent.isVisible());
        assertTrue(sent.getText().contains(email));
        Producer applied = producers.withStatus(ProducerStatus.PENDING, 0, 500).stream()
                .filter(p -> number.equals(p.registrationNumber())).findFirst().orElseThrow();
        assertEquals("HTX Chè Tân Cương " + n, applied.name());
        assertEquals(thaiNguyen.name(), applied.province());
        assertEquals(commune.fullName(), applied.commune());
        assertEquals("0912345678", applied.phone());
        assertEquals("Nguyễn Thị Hoa", applied.contactName());

        // The e-mail is confirmed as a shopper's is; then the owner signs in to the console.
        assertTrue(accounts.authenticate(email, PASSWORD).isEmpty(), "not before the e-mail is confirmed");
        SignedInUser owner = accounts.confirm(link(email, "PRODUCER_CONFIRM", "/xac-nhan/")).orElseThrow();
        assertEquals(Role.PRODUCER, owner.role());
        assertEquals(applied.id(), owner.producerId());
        assertTrue(accounts.authenticate(email, PASSWORD).isPresent());
        assertTrue(team.isOwner(owner), "the one who registered owns the producer");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> listings.createDraft(owner, draft()));
        assertEquals("producer.listing.pending", refused.errors().getFirst().code());
        signIn(owner);
        UI.getCurrent().navigate(StoryView.class);
        assertTrue(_get(Paragraph.class, s -> s.withId("story-status")).getText().contains("đang chờ cán bộ duyệt"));

        // The officer sees the application waiting, with the certified namesake in its province, and approves it.
        SignedInUser officer = staff(Role.OFFICER, null);
        assertTrue(context.getBean(ApplicationsNavItem.class).badge(officer).orElse(0) >= 1, "the badge counts it");
        signIn(officer);
        UI.getCurrent().navigate(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Producer> grid = _get(Grid.class, s -> s.withId("applications"));
        assertTrue(rows(grid).contains(applied));
        grid.select(applied);
        @SuppressWarnings("unchecked")
        Grid<vn.ocop.market.certification.CertificateRow> matches = _get(Grid.class, s -> s.withId("application-certificates"));
        assertEquals(1, GridKt._size(matches));
        assertEquals(known.id(), GridKt._get(matches, 0).producerId());
        click("application-approve");

        assertEquals(ProducerStatus.APPROVED, producers.find(applied.id()).orElseThrow().status());
        assertEquals(officer.email(), producers.find(applied.id()).orElseThrow().reviewedBy());
        assertFalse(rows(grid).contains(applied), "no longer waiting");
        assertTrue(mails.to(email, 5).stream().anyMatch(m -> m.kind().equals("PRODUCER_APPROVED")), "the owner is told");
        assertTrue(actions(officer.email()).contains("PRODUCER_APPROVED"));
        Product draft = listings.createDraft(owner, draft());
        assertEquals(applied.id(), draft.producerId(), "approved, it lists");
    }

    @Test
    void anOfficerRejectsWithAReasonTheProducerReadsAndItStillCannotList() {
        long n = SEQ.incrementAndGet();
        String email = "ho.kinh.doanh" + n + "@example.vn";
        Producer applied = apply("Hộ kinh doanh Mắm Cái " + n, email, String.format("%013d", n));
        SignedInUser owner = accounts.confirm(link(email, "PRODUCER_CONFIRM", "/xac-nhan/")).orElseThrow();
        SignedInUser officer = staff(Role.OFFICER, null);

        assertThrows(SecurityException.class, () -> onboarding.approve(owner, applied.id()), "producers cannot approve themselves");
        signIn(officer);
        UI.getCurrent().navigate(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Producer> grid = _get(Grid.class, s -> s.withId("applications"));
        grid.select(applied);
        click("application-reject");
        TextArea reason = _get(TextArea.class, s -> s.withId("application-reason"));
        assertTrue(reason.isInvalid(), "a rejection needs a reason");
        assertEquals(ProducerStatus.PENDING, producers.find(applied.id()).orElseThrow().status());
        reason.setValue("Giấy đăng ký kinh doanh không khớp với tên trên hồ sơ.");
        click("application-reject");

        Producer rejected = producers.find(applied.id()).orElseThrow();
        assertEquals(ProducerStatus.REJECTED, rejected.status());
        assertEquals("Giấy đăng ký kinh doanh không khớp với tên trên hồ sơ.", rejected.rejectionReason());
        assertTrue(mails.to(email, 5).stream().anyMatch(m -> m.kind().equals("PRODUCER_REJECTED")
                && m.body().contains("không khớp với tên")), "the owner reads the reason");
        assertTrue(actions(officer.email()).contains("PRODUCER_REJECTED"));
        InvalidInputException again = assertThrows(InvalidInputException.class, () -> onboarding.approve(officer, applied.id()));
        assertEquals("producer.application.decided", again.errors().getFirst().code());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> listings.createDraft(owner, draft()));
        assertEquals("producer.listing.rejected", refused.errors().getFirst().code());

        signIn(owner);
        UI.getCurrent().navigate(StoryView.class);
        assertTrue(_get(Paragraph.class, s -> s.withId("story-status")).getText().contains("không khớp với tên"),
                "the console tells the producer why");
    }

    @Test
    void theOwnerInvitesStaffWhoWorksOnTheSameProducerButCannotManageTheTeam() {
        long n = SEQ.incrementAndGet();
        Producer producer = fixtures.producer("HTX Nghệ Đỏ " + n, "Hưng Yên");
        Producer other = fixtures.producer("HTX Khác " + n, "Lâm Đồng");
        SignedInUser owner = staff(Role.PRODUCER, producer.id());
        SignedInUser stranger = staff(Role.PRODUCER, other.id());
        Product product = listings.createDraft(owner, draft());

        signIn(owner);
        UI.getCurrent().navigate(TeamView.class);
        assertInstanceOf(TeamView.class, activeView());
        String staffEmail = "nhan.vien" + n + "@example.vn";
        _get(EmailField.class, s -> s.withId("team-invite-email")).setValue(staffEmail);
        click("team-invite");
        @SuppressWarnings("unchecked")
        Grid<Invitations.Pending> open = _get(Grid.class, s -> s.withId("team-invitations"));
        assertEquals(List.of(staffEmail), rows(open).stream().map(Invitations.Pending::email).toList());
        assertTrue(actions(owner.email()).contains("STAFF_INVITED"));

        SignedInUser staff = invitations.accept(link(staffEmail, "INVITATION", Invitations.PATH), "Trần Văn Bình",
                PASSWORD, PASSWORD);
        assertEquals(Role.PRODUCER, staff.role());
        assertEquals(producer.id(), staff.producerId(), "the same producer");
        assertFalse(team.isOwner(staff), "invited by an owner: staff");
        assertTrue(listings.variants(staff, product.id()).isEmpty(), "staff open the producer's products");
        assertEquals(producer.id(), listings.createDraft(staff, draft()).producerId(), "and list for it");
        assertThrows(RuntimeException.class, () -> listings.variants(stranger, product.id()), "another producer cannot");

        // Staff cannot open the team page, and the attempt is audited.
        signIn(staff);
        UI.getCurrent().navigate(TeamView.class);
        assertFalse(activeView() instanceof TeamView, "refused");
        assertTrue(actions(staff.email()).contains("TEAM_REFUSED"));
        assertThrows(SecurityException.class, () -> team.invite(staff, "ai.do" + n + "@example.vn"));

        // The owner takes an invitation back and disables a member; the last owner stays.
        String second = "thu.hai" + n + "@example.vn";
        team.invite(owner, second);
        long secondId = team.pendingInvitations(owner).stream().filter(p -> p.email().equals(second)).findFirst()
                .orElseThrow().id();
        String secondToken = link(second, "INVITATION", Invitations.PATH);
        team.revoke(owner, secondId);
        assertTrue(invitations.find(secondToken).isEmpty(), "the revoked link no longer works");
        InvalidInputException last = assertThrows(InvalidInputException.class,
                () -> team.setOwner(owner, owner.id(), false));
        assertEquals("account.team.lastOwner", last.errors().getFirst().code());
        assertThrows(InvalidInputException.class, () -> team.setState(owner, owner.id(), AccountState.DISABLED));
        assertThrows(InvalidInputException.class, () -> team.setState(owner, stranger.id(), AccountState.DISABLED),
                "not a member of this team");

        signIn(owner);
        UI.getCurrent().navigate(TeamView.class);
        @SuppressWarnings("unchecked")
        Grid<ProducerTeam.Member> members = _get(Grid.class, s -> s.withId("team-members"));
        int row = rows(members).stream().map(ProducerTeam.Member::id).toList().indexOf(staff.id());
        assertEquals("Nhân viên", GridKt._getFormattedRow(members, row).get(2));
        Component cell = GridKt._getCellComponent(members, row, "actions");
        _get(cell, Button.class, s -> s.withId("disable-member-" + staff.id())).click();
        assertTrue(accounts.authenticate(staffEmail, PASSWORD).isEmpty(), "a disabled member cannot sign in");
        assertTrue(actions(owner.email()).contains("STAFF_DISABLED"));
    }

    @Test
    void theStoryIsSanitisedAndOnlyVideoLinksOfTheKnownSitesAreKept() {
        long n = SEQ.incrementAndGet();
        Producer producer = fixtures.producer("HTX Cà Phê Cầu Đất " + n, "Lâm Đồng");
        SignedInUser user = staff(Role.PRODUCER, producer.id());
        signIn(user);
        UI.getCurrent().navigate(StoryView.class);
        _get(TextArea.class, s -> s.withId("story-vi")).setValue(
                "<p>Cà phê trồng ở <b>độ cao 1.500 m</b>.</p><script>alert(1)</script><img src=x onerror=\"alert(2)\">");
        _get(TextArea.class, s -> s.withId("story-en")).setValue("<p>Coffee grown at 1,500 m.</p>");
        // The fixture's commune is not one of the province's current communes: the producer picks one.
        AdminProvince lamDong = units.provinceNamed("Lâm Đồng").orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<Commune> communes = _get(ComboBox.class, s -> s.withId("address-commune"));
        communes.setValue(units.communes(lamDong.code()).getFirst());
        TextField video = text("story-video");
        video.setValue("https://video.example.com/watch?v=abc");
        click("story-save");
        assertTrue(video.isInvalid());
        assertEquals("Chỉ nhận liên kết video YouTube, Facebook hoặc TikTok (bắt đầu bằng https://).", video.getErrorMessage());
        assertEquals(null, producers.find(producer.id()).orElseThrow().videoUrl(), "nothing saved");

        video.setValue("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        click("story-save");
        assertFalse(video.isInvalid());
        Producer saved = producers.find(producer.id()).orElseThrow();
        assertTrue(saved.story().contains("<b>độ cao 1.500 m</b>"), saved.story());
        assertFalse(saved.story().contains("script"), "the script is removed: " + saved.story());
        assertFalse(saved.story().contains("onerror"), "event handlers are removed: " + saved.story());
        assertEquals("<p>Coffee grown at 1,500 m.</p>", saved.storyEn());
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", saved.videoUrl());
        assertEquals("Lâm Đồng", saved.province());
        assertTrue(actions(user.email()).contains("PRODUCER_STORY_SAVED"));
        // Shoppers find the video on the producer's page.
        UI.getCurrent().navigate("chu-the/" + saved.slug());
        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class,
                s -> s.withId("producer-video"));
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", link.getHref());
        assertEquals("Xem video giới thiệu", link.getText());

        assertEquals(Optional.of("https://youtu.be/abc"), VideoLinks.normalise(" http://youtu.be/abc "));
        assertTrue(VideoLinks.normalise("https://www.tiktok.com/@htx/video/123").isPresent());
        assertTrue(VideoLinks.normalise("https://www.facebook.com/watch/?v=1").isPresent());
        assertTrue(VideoLinks.normalise("javascript:alert(1)").isEmpty());
        assertTrue(VideoLinks.normalise("https://youtube.com.evil.vn/watch?v=1").isEmpty());
        assertTrue(VideoLinks.normalise("https://user@youtube.com/watch?v=1").isEmpty());
        assertTrue(VideoLinks.normalise("https://www.youtube.com/").isEmpty());
    }

    private Producer apply(String name, String email, String number) {
        AdminProvince province = units.provinceNamed("Cà Mau").orElseThrow();
        onboarding.apply(new ProducerApplication(name, ProducerType.HOUSEHOLD, number, "Lê Văn Tư", "0987654321",
                email, province.code(), units.communes(province.code()).getFirst().code(), "Ấp 3"), PASSWORD, PASSWORD);
        return producers.withStatus(ProducerStatus.PENDING, 0, 500).stream()
                .filter(p -> number.equals(p.registrationNumber())).findFirst().orElseThrow();
    }

    private SignedInUser staff(Role role, Long producerId) {
        return accounts.create(role.name().toLowerCase() + SEQ.incrementAndGet() + "@ocop.gov.vn", PASSWORD,
                "Người dùng " + role.name(), role, producerId);
    }

    private static Draft draft() {
        return new Draft("Trà búp " + SEQ.incrementAndGet(), ProductGroup.BEVERAGE, "<p>Trà xanh</p>", "Gói 200 g", 220,
                "Xã Tân Cương", null, 90_000L, 20);
    }

    /** The token of the latest e-mail of this kind to the address, from its link. */
    private String link(String email, String kind, String path) {
        AccountMails.Mail mail = mails.to(email, 10).stream().filter(m -> m.kind().equals(kind)).findFirst().orElseThrow();
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(mail.body());
        assertTrue(m.find(), mail.body());
        return m.group(1);
    }

    private List<String> actions(String actor) {
        return audit.page(0, 200).stream().filter(e -> actor.equals(e.actor())).map(AuditEvent::action).toList();
    }

    private static void signIn(SignedInUser user) {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    private static Component activeView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, s -> s.withId(id));
    }

    private static void click(String id) {
        _get(Button.class, s -> s.withId(id)).click();
    }
}
