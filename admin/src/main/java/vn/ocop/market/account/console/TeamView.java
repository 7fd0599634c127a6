package vn.ocop.market.account.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.AccountState;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.ProducerTeam;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A producer's team, for its owners: the producer's users with "disable"/"enable" and "make owner"/"make
 * staff", an invitation of staff by e-mail and the invitations still open. Staff are refused (audited).
 */
@Prototype
@ConsoleRoles(Role.PRODUCER)
@Route(value = "admin/team", layout = AdminLayout.class)
public class TeamView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    final Grid<ProducerTeam.Member> members = new Grid<>();
    final Grid<Invitations.Pending> invitations = new Grid<>();
    final EmailField email = new EmailField(I18n.text("console.team.email"));
    final Button invite = new Button(I18n.text("console.team.invite"));
    private final ProducerTeam team;

    public TeamView(ProducerTeam team) {
        this.team = team;
        setSizeFull();
        members.setId("team-members");
        members.addColumn(ProducerTeam.Member::displayName).setHeader(I18n.text("console.team.name")).setFlexGrow(2);
        members.addColumn(ProducerTeam.Member::email).setHeader(I18n.text("console.common.email")).setFlexGrow(2);
        members.addColumn(m -> I18n.text(m.owner() ? "console.team.owner" : "console.team.staff"))
                .setHeader(I18n.text("console.common.role")).setKey("role");
        members.addColumn(m -> I18n.text("console.team.state." + m.state().name()))
                .setHeader(I18n.text("console.team.state")).setKey("state");
        members.addComponentColumn(this::memberActions).setHeader("").setKey("actions").setFlexGrow(2);
        members.setAllRowsVisible(true);
        invitations.setId("team-invitations");
        invitations.addColumn(Invitations.Pending::email).setHeader(I18n.text("console.common.email")).setFlexGrow(2);
        invitations.addColumn(Invitations.Pending::invitedBy).setHeader(I18n.text("console.team.invitedBy")).setFlexGrow(2);
        invitations.addColumn(p -> WHEN.format(p.expiresAt())).setHeader(I18n.text("console.team.expiresAt"));
        invitations.addComponentColumn(this::invitationActions).setHeader("");
        invitations.setAllRowsVisible(true);
        email.setId("team-invite-email");
        email.setMaxLength(160);
        email.setWidth("22rem");
        invite.setId("team-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> invite());
        HorizontalLayout inviteRow = new HorizontalLayout(email, invite);
        inviteRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(I18n.text("console.team.title")), new Paragraph(I18n.text("console.team.intro")), members,
                new H3(I18n.text("console.team.inviteTitle")), inviteRow,
                new H3(I18n.text("console.team.invitations")), invitations);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElse(null);
        try {
            refresh(user);
        } catch (SecurityException refused) {
            event.rerouteToError(AccessDeniedException.class, I18n.text("console.team.ownersOnly"));
        }
    }

    private void refresh(SignedInUser user) {
        members.setItems(team.members(user));
        invitations.setItems(team.pendingInvitations(user));
    }

    private HorizontalLayout memberActions(ProducerTeam.Member member) {
        boolean disabled = member.state() == AccountState.DISABLED;
        Button state = new Button(I18n.text(disabled ? "console.team.enable" : "console.team.disable"),
                e -> run(u -> team.setState(u, member.id(), disabled ? AccountState.ACTIVE : AccountState.DISABLED),
                        I18n.text(disabled ? "console.team.enabled" : "console.team.disabled", member.email())));
        state.setId((disabled ? "enable-member-" : "disable-member-") + member.id());
        state.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (!disabled) {
            state.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button role = new Button(I18n.text(member.owner() ? "console.team.makeStaff" : "console.team.makeOwner"),
                e -> run(u -> team.setOwner(u, member.id(), !member.owner()),
                        I18n.text("console.team.roleChanged", member.email())));
        role.setId((member.owner() ? "make-staff-" : "make-owner-") + member.id());
        role.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(state, role);
    }

    private Button invitationActions(Invitations.Pending pending) {
        Button revoke = new Button(I18n.text("console.common.revoke"),
                e -> run(u -> team.revoke(u, pending.id()), I18n.text("console.team.revoked", pending.email())));
        revoke.setId("revoke-team-invitation-" + pending.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    void invite() {
        SignedInUser user = CurrentUser.get().orElseThrow();
        try {
            team.invite(user, email.getValue());
            email.setInvalid(false);
            Notification.show(I18n.text("console.team.invited", email.getValue().strip()), 3000,
                    Notification.Position.TOP_CENTER);
            email.clear();
        } catch (InvalidInputException e) {
            email.setErrorMessage(I18n.messages(e));
            email.setInvalid(true);
        }
        refresh(user);
    }

    private void run(java.util.function.Consumer<SignedInUser> action, String done) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        try {
            action.accept(user);
            Notification.show(done, 3000, Notification.Position.TOP_CENTER);
        } catch (InvalidInputException refused) {
            Notification.show(I18n.messages(refused), 4000, Notification.Position.TOP_CENTER);
        }
        refresh(user);
    }

    /** The members shown (for tests). */
    List<ProducerTeam.Member> shown() {
        return members.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.team.pageTitle");
    }
}
