package vn.ocop.market.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.admin.ui.AdminLayout;
import vn.ocop.market.admin.ui.ConsoleRoles;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Who recorded, revoked, replaced or saw expire which certificate, when and why; and who invited,
 * disabled, unlocked or reset whom. Officers and platform admins read it (admins for the account events).
 */
@Prototype
@ConsoleRoles({Role.OFFICER, Role.ADMIN})
@Route(value = "admin/audit", layout = AdminLayout.class)
@PageTitle("Nhật ký thay đổi – Quản trị OCOP")
public class AuditView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public AuditView(AuditTrail audit) {
        setSizeFull();
        add(new H2(I18n.t("Nhật ký thay đổi giấy chứng nhận", "Certificate audit trail")));
        add(grid(audit));
    }

    static Grid<AuditEvent> grid(AuditTrail audit) {
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(AuditView::when).setHeader(I18n.t("Thời điểm", "When")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(I18n.t("Người thực hiện", "Who")).setAutoWidth(true);
        grid.addColumn(e -> action(e.action())).setHeader(I18n.t("Thao tác", "Action")).setAutoWidth(true);
        grid.addColumn(e -> e.certificateId() == null ? "" : "#" + e.certificateId())
                .setHeader(I18n.t("GCN", "Certificate")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(I18n.t("Chi tiết", "Detail")).setFlexGrow(3);
        // Every event is reachable by scrolling; only the pages on screen are read.
        grid.setItems(query -> audit.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count()));
        grid.setId("audit-grid");
        return grid;
    }

    /** When the event happened, in Vietnam time. */
    public static String when(AuditEvent e) {
        return WHEN.format(e.at());
    }

    /** The action in the reader's language. */
    public static String action(String action) {
        return switch (action) {
            case "RECORDED" -> I18n.t("Ghi nhận", "Recorded");
            case "IMPORTED" -> I18n.t("Nhập từ CSV", "Imported");
            case "REVOKED" -> I18n.t("Thu hồi", "Revoked");
            case "REPLACED" -> I18n.t("Được thay thế", "Replaced");
            case "EXPIRED" -> I18n.t("Hết hiệu lực", "Expired");
            case "SIGN_IN_UNLOCKED" -> I18n.t("Mở khóa đăng nhập", "Sign-in unlocked");
            case "API_CLIENT_CREATED" -> I18n.t("Tạo hệ thống API", "API client created");
            case "API_CLIENT_ROTATED" -> I18n.t("Đổi khóa hệ thống API", "API client secret rotated");
            case "API_CLIENT_REVOKED" -> I18n.t("Thu hồi hệ thống API", "API client revoked");
            case "TWO_FACTOR_ENROLLED" -> I18n.t("Bật xác thực hai bước", "Two-factor enrolled");
            case "TWO_FACTOR_RESET" -> I18n.t("Đặt lại xác thực hai bước", "Two-factor reset");
            case "RECOVERY_CODE_USED" -> I18n.t("Dùng mã khôi phục", "Recovery code used");
            case "INVITATION_REVOKED" -> I18n.t("Thu hồi lời mời", "Invitation revoked");
            case "INVITATION_RESENT" -> I18n.t("Gửi lại lời mời", "Invitation sent again");
            default -> action;
        };
    }
}
