package vn.ocop.market.live.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.live.LiveSalesReport;
import vn.ocop.market.report.RenderedReport;
import vn.ocop.market.report.Report;
import vn.ocop.market.report.ReportAccess;
import vn.ocop.market.report.ReportCell;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.ReportTable;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The officers' live sales per province and month (the {@code live-sales} report) for the last six months,
 * an officer of a province seeing its own; with the report's XLSX, PDF and JSON files.
 */
@Prototype
@Route(value = "admin/live/sales", layout = AdminLayout.class)
@ConsoleRoles({Role.OFFICER})
public class LiveSalesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Reports reports;
    private final ReportAccess access;
    final Span subtitle = new Span();
    final Div table = new Div();
    final Div downloads = new Div();

    public LiveSalesView(Reports reports, ReportAccess access) {
        this.reports = reports;
        this.access = access;
        table.setId("live-sales");
        downloads.setId("live-sales-downloads");
        downloads.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        add(new H2(I18n.text("console.live.sales.heading")), subtitle, downloads, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().filter(u -> u.hasRole(Role.OFFICER, Role.ADMIN)).orElse(null);
        if (user == null) {
            return;
        }
        ReportParameters parameters = access.parameters(user, null, null, null);
        ReportModel model = reports.generate(LiveSalesReport.NAME, parameters, I18n.locale(), Report.Progress.NONE);
        subtitle.setText(Reports.subtitle(model));
        show(model.sections().get(0).tables().get(0));
        downloads.removeAll();
        for (ReportFormat format : ReportFormat.values()) {
            Anchor link = new Anchor();
            link.setText(format.name());
            link.setId("live-sales-" + format.extension());
            link.setHref(DownloadHandler.fromInputStream(e -> {
                RenderedReport file = reports.render(model, format);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                        file.bytes().length);
            }), AttachmentType.DOWNLOAD);
            downloads.add(link);
        }
    }

    private void show(ReportTable t) {
        table.removeAll();
        if (t.rows().isEmpty()) {
            table.add(new Span(I18n.text("console.live.sales.none")));
            return;
        }
        Grid<List<ReportCell>> grid = new Grid<>();
        grid.setId("live-sales-grid");
        grid.setAllRowsVisible(true);
        for (int i = 0; i < t.columns().size(); i++) {
            int column = i;
            grid.addColumn(row -> text(row.get(column))).setHeader(t.columns().get(i)).setAutoWidth(true);
        }
        List<List<ReportCell>> rows = new java.util.ArrayList<>(t.rows());
        if (t.totals() != null) {
            rows.add(t.totals());
        }
        grid.setItems(rows);
        table.add(grid);
    }

    private static String text(ReportCell cell) {
        return switch (cell) {
            case ReportCell.Money m -> Vnd.format(m.vnd());
            case ReportCell.Count c -> Long.toString(c.value());
            default -> String.valueOf(cell.raw() == null ? "" : cell.raw());
        };
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.live.sales.pageTitle");
    }
}
