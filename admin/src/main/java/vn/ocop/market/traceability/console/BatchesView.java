package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.TraceabilityReports;
import vn.ocop.market.traceability.UntracedProduct;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seller centre's batches: a producer's own, newest first, and the form for a new one; officers
 * see every producer's, read-only, with the Circular 02/2024 exports and the certified products
 * that have no traceable batch. A row opens the batch's page.
 */
@Prototype
@Route(value = "admin/batches", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class BatchesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BatchView> grid = new Grid<>();
    final Grid<UntracedProduct> untraced = new Grid<>();
    BatchForm form;

    public BatchesView(Batches batches, TraceabilityReports reports) {
        SignedInUser user = CurrentUser.get().filter(u -> u.role() == Role.OFFICER
                || (u.role() == Role.PRODUCER && u.producerId() != null)).orElse(null);
        setWidthFull();
        add(new H2(I18n.text("console.batches.title")), new Paragraph(I18n.text("console.batches.help")));
        if (user == null) {
            return;
        }
        grid.setId("batches-grid");
        Map<Long, String> names = new java.util.HashMap<>();
        grid.addColumn(b -> names.getOrDefault(b.productId(), "#" + b.productId()))
                .setHeader(I18n.text("console.batches.product")).setFlexGrow(3);
        grid.addColumn(BatchView::lot).setHeader(I18n.text("console.batches.lot")).setAutoWidth(true);
        grid.addColumn(BatchView::gtin).setHeader("GTIN").setAutoWidth(true);
        grid.addColumn(b -> I18n.day(b.productionDate())).setHeader(I18n.text("console.batches.productionDate"))
                .setAutoWidth(true);
        grid.addColumn(b -> I18n.day(b.bestBefore())).setHeader(I18n.text("console.batches.bestBefore"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.remaining() + " / " + b.quantity()).setHeader(I18n.text("console.batches.remaining"))
                .setAutoWidth(true);
        grid.addColumn(b -> I18n.text("console.batches.status." + b.status().name()))
                .setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        grid.setItems(query -> {
            List<BatchView> page = batches.page(user, query.getOffset(), query.getLimit());
            names.putAll(batches.productNames(page.stream().map(BatchView::productId).toList()));
            return page.stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, batches.count(user)));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("admin/batches/" + e.getItem().id())));
        grid.setAllRowsVisible(true);

        if (user.role() == Role.PRODUCER) {
            form = new BatchForm(batches, user, saved -> grid.getUI()
                    .ifPresent(ui -> ui.navigate("admin/batches/" + saved.id())));
            add(new H3(I18n.text("console.batches.new")), form);
        }
        add(new H3(I18n.text("console.batches.list")), grid);
        if (user.role() == Role.OFFICER) {
            Anchor csv = download(() -> reports.circular02Csv(user), "truy-xuat-tt02-2024.csv", "text/csv",
                    "console.batches.exportCsv");
            csv.setId("batches-export-csv");
            Anchor json = download(() -> reports.circular02Json(user), "truy-xuat-tt02-2024.json", "application/json",
                    "console.batches.exportJson");
            json.setId("batches-export-json");
            untraced.setId("batches-untraced");
            untraced.addColumn(UntracedProduct::productName).setHeader(I18n.text("console.batches.product")).setFlexGrow(3);
            untraced.addColumn(UntracedProduct::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2);
            untraced.addColumn(UntracedProduct::province).setHeader(I18n.text("console.batches.province")).setAutoWidth(true);
            untraced.addColumn(u -> u.stars() + "★").setHeader(I18n.text("console.batches.stars")).setAutoWidth(true);
            untraced.setItems(q -> reports.untraced(user, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(Integer.MAX_VALUE, reports.countUntraced(user)));
            add(new H3(I18n.text("console.batches.reports")), new Paragraph(I18n.text("console.batches.exportHelp")),
                    new HorizontalLayout(csv, json), new H3(I18n.text("console.batches.untraced")), untraced);
        }
    }

    private static Anchor download(Supplier<byte[]> bytes, String name, String type, String textKey) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
        }), I18n.text(textKey));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.batches.pageTitle");
    }
}
