package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.LabelSheets;
import vn.ocop.market.traceability.LabelSize;
import vn.ocop.market.traceability.Serials;
import vn.ocop.market.traceability.UnitSerial;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * Serial codes and label sheets of a batch ({@code /admin/serials?lo={batchId}}): its producer
 * orders codes for its units, and prints A4 sheets (three label sizes) of the units' codes or of
 * the batch's own code; officers look on. Without a batch, the batches to choose from. The batch
 * is one the signed-in user may see (a producer's own), whatever the URL says.
 */
@Prototype
@Route(value = "admin/serials", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class SerialsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The most codes the grid lists. */
    static final int SHOWN = 500;

    private final Batches batches;
    private final Serials serials;
    private final LabelSheets labels;
    private final SignedInUser user;
    /** The label size chosen, for the downloads (which run outside the session lock). */
    private volatile LabelSize chosenSize = LabelSize.MEDIUM;

    public SerialsView(Batches batches, Serials serials, LabelSheets labels) {
        this.batches = batches;
        this.serials = serials;
        this.labels = labels;
        this.user = CurrentUser.get().filter(u -> u.role() == Role.OFFICER
                || (u.role() == Role.PRODUCER && u.producerId() != null)).orElse(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(I18n.text("console.serials.title")));
        if (user == null) {
            return;
        }
        Long batchId = event.getLocation().getQueryParameters().getSingleParameter("lo")
                .filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong).orElse(null);
        BatchView batch = batchId == null ? null : batches.visibleTo(user, batchId).orElse(null);
        if (batch == null) {
            add(new Paragraph(I18n.text(batchId == null ? "console.serials.pick" : "console.serials.unknown")));
            add(BatchPicker.grid(batches, user, "admin/serials?lo="));
            return;
        }
        show(batch);
    }

    private void show(BatchView batch) {
        Paragraph summary = new Paragraph(I18n.text("console.serials.batch", batch.lot(), batch.gtin(),
                batch.quantity(), I18n.day(batch.bestBefore())));
        summary.setId("serials-batch");
        Span count = new Span();
        count.setId("serials-count");
        Grid<UnitSerial> grid = new Grid<>();
        grid.setId("serials-grid");
        grid.addColumn(UnitSerial::serial).setHeader(I18n.text("console.serials.serial")).setAutoWidth(true);
        grid.addColumn(UnitSerial::scans).setHeader(I18n.text("console.serials.scans")).setAutoWidth(true);
        grid.addColumn(u -> u.flagged() ? I18n.text("console.scans.reason." + u.flagReason()) : "")
                .setHeader(I18n.text("console.serials.flag")).setFlexGrow(1);
        Runnable refresh = () -> {
            count.setText(I18n.text("console.serials.count", serials.count(user, batch.id())));
            grid.setItems(serials.ofBatch(user, batch.id(), 0, SHOWN));
        };
        refresh.run();
        add(summary, count);

        if (user.role() == Role.PRODUCER && !batch.withdrawn()) {
            IntegerField howMany = new IntegerField(I18n.text("console.serials.howMany"));
            howMany.setId("serials-how-many");
            howMany.setMin(1);
            howMany.setMax(Serials.MAX_ORDER);
            Span error = new Span();
            error.setId("serials-error");
            error.addClassName("error-text");
            Button order = new Button(I18n.text("console.serials.order"), e -> {
                try {
                    List<UnitSerial> made = serials.order(user, batch.id(), howMany.getValue() == null ? 0 : howMany.getValue());
                    error.setText(I18n.text("console.serials.ordered", made.size()));
                    refresh.run();
                } catch (InvalidInputException refused) {
                    error.setText(I18n.messages(refused));
                }
            });
            order.setId("serials-order");
            order.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(howMany, order);
            row.setAlignItems(Alignment.BASELINE);
            add(row, error);
        }

        Select<LabelSize> size = new Select<>();
        size.setId("labels-size");
        size.setLabel(I18n.text("console.serials.labelSize"));
        size.setItems(LabelSize.values());
        size.setItemLabelGenerator(s -> I18n.text("console.serials.size." + s.name(), s.perSheet()));
        size.setValue(LabelSize.MEDIUM);
        size.addValueChangeListener(e -> chosenSize = e.getValue() == null ? LabelSize.MEDIUM : e.getValue());
        Locale locale = I18n.locale();
        long id = batch.id();
        Anchor batchLabels = new Anchor(DownloadHandler.fromInputStream(e -> pdf(id, chosenSize, false, locale)),
                I18n.text("console.serials.batchLabels"));
        batchLabels.setId("labels-batch");
        Anchor unitLabels = new Anchor(DownloadHandler.fromInputStream(e -> pdf(id, chosenSize, true, locale)),
                I18n.text("console.serials.unitLabels"));
        unitLabels.setId("labels-units");
        Paragraph link = new Paragraph(I18n.text("console.serials.link", labels.batchUri(batch)));
        link.setId("serials-link");
        add(size, new HorizontalLayout(batchLabels, unitLabels), link, grid);
    }

    private DownloadResponse pdf(long batchId, LabelSize size, boolean units, Locale locale) {
        try {
            byte[] pdf = labels.pdf(user, batchId, size == null ? LabelSize.MEDIUM : size, units, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    (units ? "nhan-san-pham-" : "nhan-lo-") + batchId + ".pdf", "application/pdf", pdf.length);
        } catch (InvalidInputException e) {
            return DownloadResponse.error(409);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.serials.title");
    }
}
