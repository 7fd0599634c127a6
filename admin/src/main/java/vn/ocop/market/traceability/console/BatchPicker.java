package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.ui.I18n;

/** The batches a console user may see, newest first, paged in SQL, each linking to a page of its own. */
final class BatchPicker {

    private BatchPicker() {
    }

    static Grid<BatchView> grid(Batches batches, SignedInUser user, String linkPrefix) {
        Grid<BatchView> grid = new Grid<>();
        grid.setId("batch-picker");
        grid.addComponentColumn(b -> new Anchor(linkPrefix + b.id(), b.lot())).setHeader(I18n.text("console.serials.lot"))
                .setAutoWidth(true);
        grid.addColumn(BatchView::gtin).setHeader("GTIN").setAutoWidth(true);
        grid.addColumn(BatchView::quantity).setHeader(I18n.text("console.serials.quantity")).setAutoWidth(true);
        grid.addColumn(b -> I18n.day(b.bestBefore())).setHeader(I18n.text("console.serials.bestBefore")).setAutoWidth(true);
        grid.addColumn(b -> b.withdrawn() ? I18n.text("console.scans.withdrawn") : "").setFlexGrow(1);
        grid.setItems(q -> batches.page(user, q.getOffset(), q.getLimit()).stream());
        return grid;
    }
}
