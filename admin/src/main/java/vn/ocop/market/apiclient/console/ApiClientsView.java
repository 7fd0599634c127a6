package vn.ocop.market.apiclient.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.apiclient.ApiClient;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.apiclient.IssuedCredential;
import vn.ocop.market.audit.console.AuditView;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Instant;
import java.util.stream.Collectors;

/** The provincial systems allowed to call the admin API: create, rotate the secret, revoke. Administrators only. */
@Prototype
@Route(value = "admin/api-clients", layout = AdminLayout.class)
@ConsoleRoles(Role.ADMIN)
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final Grid<ApiClient> grid = new Grid<>();
    /** The last secret issued, shown once in a dialog. */
    IssuedCredential issued;
    private final ApiClients clients;

    public ApiClientsView(ApiClients clients) {
        this.clients = clients;
        setSizeFull();
        add(new H2(I18n.text("console.apiClients.title")));
        add(new Paragraph(I18n.text("console.apiClients.help")));
        name.setLabel(I18n.text("console.apiClients.name"));
        name.setId("api-client-name");
        name.setMaxLength(200);
        scopes.setLabel(I18n.text("console.apiClients.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(ApiClientsView::label);
        scopes.setId("api-client-scopes");
        Button create = new Button(I18n.text("console.apiClients.create"), e -> create());
        create.setId("api-client-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scopes, create);
        form.setAlignItems(Alignment.BASELINE);
        add(form);

        grid.addColumn(ApiClient::clientId).setHeader(I18n.text("console.apiClients.clientId")).setAutoWidth(true);
        grid.addColumn(ApiClient::name).setHeader(I18n.text("console.apiClients.nameColumn")).setFlexGrow(2);
        grid.addColumn(c -> c.scopes().stream().map(ApiScope::code).collect(Collectors.joining(", ")))
                .setHeader(I18n.text("console.apiClients.scopes")).setAutoWidth(true);
        grid.addColumn(c -> when(c.createdAt()) + " – " + c.createdBy()).setHeader(I18n.text("console.apiClients.created"))
                .setAutoWidth(true);
        grid.addColumn(c -> when(c.lastUsedAt())).setHeader(I18n.text("console.apiClients.lastUsed")).setAutoWidth(true);
        grid.addColumn(c -> c.active() ? I18n.text("console.apiClients.active")
                        : I18n.text("console.apiClients.revoked", when(c.revokedAt())))
                .setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(I18n.text("console.apiClients.actions")).setAutoWidth(true);
        grid.setId("api-clients-grid");
        add(grid);
        refresh();
    }

    void create() {
        try {
            show(clients.create(name.getValue(), scopes.getValue(), actor()));
            name.clear();
            scopes.clear();
            name.setInvalid(false);
        } catch (InvalidInputException refused) {
            name.setErrorMessage(I18n.messages(refused));
            name.setInvalid(true);
        }
        refresh();
    }

    void rotate(ApiClient client) {
        show(clients.rotate(client.clientId(), actor()));
        refresh();
    }

    void revoke(ApiClient client) {
        clients.revoke(client.clientId(), actor());
        refresh();
    }

    private HorizontalLayout actions(ApiClient client) {
        HorizontalLayout actions = new HorizontalLayout();
        if (client.active()) {
            Button rotate = new Button(I18n.text("console.apiClients.rotate"), e -> rotate(client));
            rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button revoke = new Button(I18n.text("console.common.revoke"), e -> revoke(client));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(rotate, revoke);
        }
        return actions;
    }

    private void show(IssuedCredential credential) {
        issued = credential;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18n.text("console.apiClients.newSecret"));
        Pre token = new Pre(credential.bearerToken());
        token.setId("api-client-token");
        dialog.add(new Paragraph(I18n.text("console.apiClients.copyNow")),
                new Pre("Authorization: Bearer"), token);
        dialog.getFooter().add(new Button(I18n.text("console.apiClients.saved"), e -> dialog.close()));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(clients.all());
    }

    private static String actor() {
        return CurrentUser.get().map(SignedInUser::email).orElse("console");
    }

    private static String label(ApiScope scope) {
        return scope.code() + " – " + switch (scope) {
            case CERTIFICATES_WRITE -> I18n.text("console.apiClients.scope.certificatesWrite");
            case CATALOG_WRITE -> I18n.text("console.apiClients.scope.catalogWrite");
            case REPORTS_READ -> I18n.text("console.apiClients.scope.reportsRead");
            case TRACEABILITY_WRITE -> I18n.text("console.apiClients.scope.traceabilityWrite");
        };
    }

    private static String when(Instant at) {
        return at == null ? "" : AuditView.when(new vn.ocop.market.audit.AuditEvent(0, at, "", "", null, null, null));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.apiClients.pageTitle");
    }
}
