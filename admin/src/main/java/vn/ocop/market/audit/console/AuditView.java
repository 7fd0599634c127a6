package vn.ocop.market.audit.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.Messages;
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
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** The key family of audit actions: {@code console.audit.action.<ACTION>}. */
    private static final String ACTION = "console.audit.action.";

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public AuditView(AuditTrail audit) {
        setSizeFull();
        add(new H2(I18n.text("console.audit.title")));
        add(grid(audit));
    }

    static Grid<AuditEvent> grid(AuditTrail audit) {
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(AuditView::when).setHeader(I18n.text("console.common.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(I18n.text("console.common.who")).setAutoWidth(true);
        grid.addColumn(e -> action(e.action())).setHeader(I18n.text("console.common.action")).setAutoWidth(true);
        grid.addColumn(e -> e.certificateId() == null ? "" : "#" + e.certificateId())
                .setHeader(I18n.text("console.audit.certificate")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(I18n.text("console.common.detail")).setFlexGrow(3);
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

    /** The action in the reader's language; an action without a text yet shows its code. */
    public static String action(String action) {
        String key = ACTION + action;
        return Messages.has(key) ? I18n.text(key) : action;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.audit.pageTitle");
    }
}
