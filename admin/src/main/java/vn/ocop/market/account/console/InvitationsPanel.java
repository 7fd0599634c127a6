package vn.ocop.market.account.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The invitations still waiting for their invitee, paged from the database, with "revoke" (the link
 * stops working at once) and "send again" (a new 72-hour link replaces the old one).
 */
public class InvitationsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    final Grid<Invitations.Pending> grid = new Grid<>();
    private final Invitations invitations;

    public InvitationsPanel(Invitations invitations) {
        this.invitations = invitations;
        setPadding(false);
        grid.setId("invitations");
        grid.addColumn(Invitations.Pending::email).setHeader(I18n.text("console.common.email")).setKey("email").setFlexGrow(2);
        grid.addColumn(p -> StaffRoles.label(p.role()) + (p.producerName() == null ? "" : " · " + p.producerName()))
                .setHeader(I18n.text("console.common.role")).setFlexGrow(2);
        grid.addColumn(Invitations.Pending::invitedBy).setHeader(I18n.text("console.invitations.invitedBy")).setFlexGrow(2);
        grid.addColumn(p -> WHEN.format(p.expiresAt())).setHeader(I18n.text("console.invitations.expiresAt"));
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setFlexGrow(2);
        // Paged in SQL like the accounts: invitations pile up if nobody answers them.
        grid.setItems(query -> admin().map(a -> invitations.pending(a, query.getOffset(), query.getLimit()).stream())
                        .orElseGet(Stream::empty),
                query -> admin().map(invitations::countPending).orElse(0));
        grid.setAllRowsVisible(false);
        grid.setHeight("16em");
        add(new H3(I18n.text("console.invitations.title")), grid);
    }

    /** Shows invitations made since the panel was drawn. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Optional<SignedInUser> admin() {
        return CurrentUser.get().filter(u -> u.role() == Role.ADMIN);
    }

    private HorizontalLayout actions(Invitations.Pending pending) {
        Button resend = new Button(I18n.text("console.invitations.resend"), e -> resend(pending.id()));
        resend.setId("resend-invitation-" + pending.id());
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(I18n.text("console.common.revoke"), e -> confirmRevoke(pending));
        revoke.setId("revoke-invitation-" + pending.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(resend, revoke);
    }

    private void confirmRevoke(Invitations.Pending pending) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("revoke-invitation-dialog");
        dialog.setHeader(I18n.text("console.invitations.revokeTitle"));
        dialog.setText(I18n.text("console.invitations.revokeText", pending.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(I18n.text("console.common.nevermind"));
        dialog.setConfirmText(I18n.text("console.common.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> revoke(pending.id()));
        dialog.open();
    }

    void revoke(long invitationId) {
        run(() -> invitations.revoke(admin().orElseThrow(), invitationId),
                I18n.text("console.invitations.revoked"));
    }

    void resend(long invitationId) {
        run(() -> invitations.resend(admin().orElseThrow(), invitationId),
                I18n.text("console.invitations.resent"));
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 3000, Notification.Position.TOP_CENTER);
        } catch (InvalidInputException refused) {
            Notification.show(I18n.messages(refused), 4000, Notification.Position.TOP_CENTER);
        }
        refresh();
    }
}
