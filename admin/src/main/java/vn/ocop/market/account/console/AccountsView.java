package vn.ocop.market.account.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.AccountAdministration;
import vn.ocop.market.account.AccountState;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/**
 * Account administration (platform admins only): every account, page by page from the database,
 * filtered by role, state and text; invitations, disabling and role changes.
 */
@Prototype
@Route(value = "admin/accounts", layout = AdminLayout.class)
@ConsoleRoles(Role.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final vn.ocop.market.account.OfficerProvinces officerProvinces;
    private final vn.ocop.market.region.Provinces provinces;

    final Select<Role> role = new Select<>();
    final Select<AccountState> state = new Select<>();
    final TextField text = new TextField();
    final Grid<AccountAdministration.Row> grid = new Grid<>();
    final Button invite = new Button(I18n.text("console.accounts.invite"));
    final InvitationsPanel pendingInvitations;
    private final AccountAdministration administration;
    private final Invitations invitations;
    private final Producers producers;

    public AccountsView(AccountAdministration administration, Invitations invitations, Producers producers,
                        vn.ocop.market.account.OfficerProvinces officerProvinces, vn.ocop.market.region.Provinces provinces) {
        this.administration = administration;
        this.officerProvinces = officerProvinces;
        this.provinces = provinces;
        this.invitations = invitations;
        this.producers = producers;
        this.pendingInvitations = new InvitationsPanel(invitations);
        setSizeFull();
        role.setId("accounts-role");
        role.setLabel(I18n.text("console.common.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(I18n.text("console.accounts.anyRole"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? I18n.text("console.accounts.anyRole") : StaffRoles.label(r));
        state.setId("accounts-state");
        state.setLabel(I18n.text("console.common.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(I18n.text("console.common.anyState"));
        state.setItems(AccountState.values());
        state.setItemLabelGenerator(s -> s == null ? I18n.text("console.common.anyState") : StaffRoles.label(s));
        text.setId("accounts-text");
        text.setLabel(I18n.text("console.accounts.text"));
        text.setMaxLength(160);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> admin().ifPresent(a -> new InviteDialog(invitations, producers, a, () -> {
            Notification.show(I18n.text("console.accounts.invited"), 3000, Notification.Position.TOP_CENTER);
            grid.getDataProvider().refreshAll();
            pendingInvitations.refresh();
        }).open()));

        grid.setId("accounts");
        grid.addColumn(AccountAdministration.Row::email).setHeader(I18n.text("console.common.email")).setKey("email")
                .setFlexGrow(2);
        grid.addColumn(AccountAdministration.Row::displayName).setHeader(I18n.text("console.accounts.name")).setFlexGrow(2);
        grid.addColumn(r -> StaffRoles.label(r.role()) + (r.producerName() == null ? "" : " · " + r.producerName()))
                .setHeader(I18n.text("console.common.role")).setKey("role").setFlexGrow(2);
        grid.addColumn(r -> StaffRoles.label(r.state())).setHeader(I18n.text("console.common.state")).setKey("state");
        grid.addColumn(r -> r.role() == Role.CONSUMER ? ""
                        : I18n.text(r.twoFactor() ? "console.accounts.twoFactorOn" : "console.accounts.twoFactorOff"))
                .setHeader(I18n.text("console.accounts.twoFactor")).setKey("twoFactor");
        grid.addColumn(r -> I18n.day(r.createdAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()))
                .setHeader(I18n.text("console.accounts.created"));
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setFlexGrow(2);
        // Pages come from the database (LIMIT/OFFSET), so the list stays cheap however many shoppers register.
        grid.setItems(query -> admin().map(a -> administration.page(a, filter(), query.getOffset(), query.getLimit()).stream())
                        .orElseGet(java.util.stream.Stream::empty),
                query -> admin().map(a -> administration.count(a, filter())).orElse(0));
        grid.setWidthFull();
        grid.setHeight("28em");

        HorizontalLayout bar = new HorizontalLayout(role, state, text, invite);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(I18n.text("console.accounts.title")), bar, grid, pendingInvitations);
    }

    private AccountAdministration.Filter filter() {
        return new AccountAdministration.Filter(role.getValue(), state.getValue(), text.getValue());
    }

    private static java.util.Optional<SignedInUser> admin() {
        return CurrentUser.get().filter(u -> u.role() == Role.ADMIN);
    }

    private HorizontalLayout actions(AccountAdministration.Row row) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean self = admin().map(a -> a.id() == row.id()).orElse(true);
        if (self) {
            actions.add(new Span(I18n.text("console.accounts.you")));
            return actions;
        }
        if (row.state() != AccountState.PENDING) {
            boolean disable = row.state() == AccountState.ACTIVE;
            Button toggle = new Button(disable ? I18n.text("console.accounts.disable") : I18n.text("console.accounts.enable"),
                    e -> change(() -> administration.setState(admin().orElseThrow(), row.id(),
                            disable ? AccountState.DISABLED : AccountState.ACTIVE)));
            toggle.setId((disable ? "disable-" : "enable-") + row.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, disable ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            actions.add(toggle);
        }
        if (row.role() != Role.CONSUMER) {
            Button changeRole = new Button(I18n.text("console.accounts.changeRole"), e -> admin().ifPresent(a ->
                    new RoleDialog(administration, producers, officerProvinces, provinces, a, row, () -> grid.getDataProvider().refreshAll()).open()));
            changeRole.setId("role-" + row.id());
            changeRole.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(changeRole);
        }
        if (row.twoFactor()) {
            Button reset = new Button(I18n.text("console.accounts.resetTwoFactor"), e -> confirmTwoFactorReset(row));
            reset.setId("reset-two-factor-" + row.id());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(reset);
        }
        return actions;
    }

    private void confirmTwoFactorReset(AccountAdministration.Row row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("reset-two-factor-dialog");
        dialog.setHeader(I18n.text("console.accounts.resetTwoFactorTitle"));
        dialog.setText(I18n.text("console.accounts.resetTwoFactorText", row.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(I18n.text("console.common.nevermind"));
        dialog.setConfirmText(I18n.text("console.accounts.resetTwoFactorConfirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> resetTwoFactor(row.id()));
        dialog.open();
    }

    void resetTwoFactor(long userId) {
        change(() -> {
            administration.resetTwoFactor(admin().orElseThrow(), userId);
            Notification.show(I18n.text("console.accounts.twoFactorReset"), 3000,
                    Notification.Position.TOP_CENTER);
        });
    }

    private void change(Runnable action) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            Notification.show(I18n.messages(refused), 4000, Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.accounts.pageTitle");
    }
}
