package vn.ocop.market.apiclient.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.admin.ui.AdminLayout;
import vn.ocop.market.admin.ui.ConsoleRoles;
import vn.ocop.market.apiclient.ApiClient;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.apiclient.IssuedCredential;
import vn.ocop.market.audit.ui.AuditView;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Instant;
import java.util.stream.Collectors;

/** The provincial systems allowed to call the admin API: create, rotate the secret, revoke. Administrators only. */
@Prototype
@Route(value = "admin/api-clients", layout = AdminLayout.class)
@ConsoleRoles(Role.ADMIN)
@PageTitle("Hệ thống kết nối API – Quản trị OCOP")
public class ApiClientsView extends VerticalLayout {

    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final Grid<ApiClient> grid = new Grid<>();
    /** The last secret issued, shown once in a dialog. */
    IssuedCredential issued;
    private final ApiClients clients;

    public ApiClientsView(ApiClients clients) {
        this.clients = clients;
        setSizeFull();
        add(new H2(I18n.t("Hệ thống kết nối API", "API clients")));
        add(new Paragraph(I18n.t("Mỗi hệ thống của tỉnh có mã và khóa bí mật riêng, gửi dưới dạng "
                + "Authorization: Bearer <mã>.<khóa>. Khóa chỉ hiển thị một lần.", "Each provincial system has its "
                + "own id and secret, sent as Authorization: Bearer <id>.<secret>. The secret is shown once.")));
        name.setLabel(I18n.t("Tên hệ thống", "System name"));
        name.setId("api-client-name");
        name.setMaxLength(200);
        scopes.setLabel(I18n.t("Quyền", "Scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(ApiClientsView::label);
        scopes.setId("api-client-scopes");
        Button create = new Button(I18n.t("Tạo", "Create"), e -> create());
        create.setId("api-client-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scopes, create);
        form.setAlignItems(Alignment.BASELINE);
        add(form);

        grid.addColumn(ApiClient::clientId).setHeader(I18n.t("Mã", "Client id")).setAutoWidth(true);
        grid.addColumn(ApiClient::name).setHeader(I18n.t("Tên", "Name")).setFlexGrow(2);
        grid.addColumn(c -> c.scopes().stream().map(ApiScope::code).collect(Collectors.joining(", ")))
                .setHeader(I18n.t("Quyền", "Scopes")).setAutoWidth(true);
        grid.addColumn(c -> when(c.createdAt()) + " – " + c.createdBy()).setHeader(I18n.t("Tạo", "Created")).setAutoWidth(true);
        grid.addColumn(c -> when(c.lastUsedAt())).setHeader(I18n.t("Dùng gần nhất", "Last used")).setAutoWidth(true);
        grid.addColumn(c -> c.active() ? I18n.t("Đang hoạt động", "Active") : I18n.t("Đã thu hồi ", "Revoked ") + when(c.revokedAt()))
                .setHeader(I18n.t("Trạng thái", "State")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(I18n.t("Thao tác", "Actions")).setAutoWidth(true);
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
            Button rotate = new Button(I18n.t("Đổi khóa", "Rotate secret"), e -> rotate(client));
            rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button revoke = new Button(I18n.t("Thu hồi", "Revoke"), e -> revoke(client));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(rotate, revoke);
        }
        return actions;
    }

    private void show(IssuedCredential credential) {
        issued = credential;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18n.t("Khóa bí mật mới", "New secret"));
        Pre token = new Pre(credential.bearerToken());
        token.setId("api-client-token");
        dialog.add(new Paragraph(I18n.t("Sao chép ngay; khóa không hiển thị lại. Gửi kèm mỗi yêu cầu:",
                "Copy it now; it is not shown again. Send it with every request:")),
                new Pre("Authorization: Bearer"), token);
        dialog.getFooter().add(new Button(I18n.t("Đã lưu", "Saved"), e -> dialog.close()));
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
            case CERTIFICATES_WRITE -> I18n.t("ghi nhận, thu hồi giấy chứng nhận", "record and revoke certificates");
            case CATALOG_WRITE -> I18n.t("thêm chủ thể, sản phẩm", "add producers and products");
            case REPORTS_READ -> I18n.t("tra cứu giấy chứng nhận", "list certificates");
        };
    }

    private static String when(Instant at) {
        return at == null ? "" : AuditView.when(new vn.ocop.market.audit.AuditEvent(0, at, "", "", null, null, null));
    }
}
