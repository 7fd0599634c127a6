package vn.ocop.market.product.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.ListingImport;
import vn.ocop.market.product.StockRow;
import vn.ocop.market.product.StockSheets;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seller centre's stock page: every product and variant of the producer with an editable
 * count and low-stock threshold, saved all at once (or not at all), a filter for the low ones,
 * and the listings file to download and upload (price, stock, threshold) with a report per line.
 * A producer sees its own producer's; an officer picks a producer.
 */
@Prototype
@Route(value = "admin/stock", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class StockView extends VerticalLayout implements HasDynamicTitle {

    /** One line of the import report, as the grid shows it. */
    public record ReportLine(int line, String product, String outcome, String message) {
    }

    private final StockSheets sheets;
    private final ListingImport importer;
    private final SignedInUser user;
    final ComboBox<Producer> producer = new ComboBox<>();
    final Checkbox lowOnly = new Checkbox(I18n.text("console.stock.lowOnly"));
    final Grid<StockRow> grid = new Grid<>();
    final Button save = new Button(I18n.text("console.stock.save"));
    final Span errors = new Span();
    final Span importSummary = new Span();
    final Grid<ReportLine> report = new Grid<>();
    /** The producer whose sheet is shown, for the download (which runs outside the session lock). */
    private volatile Long shown;
    /** Values typed but not saved yet, by row key. */
    final Map<String, StockSheets.Change> edits = new LinkedHashMap<>();

    public StockView(StockSheets sheets, ListingImport importer, Producers producers) {
        this.sheets = sheets;
        this.importer = importer;
        // The frame refuses anyone else before this view shows; without a producer or an officer it stays empty.
        this.user = CurrentUser.get().filter(u -> u.role() == Role.OFFICER
                || (u.role() == Role.PRODUCER && u.producerId() != null)).orElse(null);
        setSizeFull();
        add(new H2(I18n.text("console.stock.title")), new Paragraph(I18n.text("console.stock.help")));
        if (user == null) {
            return;
        }

        producer.setId("stock-producer");
        producer.setLabel(I18n.text("console.common.producer"));
        producer.setItemLabelGenerator(Producer::name);
        producer.setItems(q -> producers.page(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        producer.setWidth("24rem");
        producer.addValueChangeListener(e -> refresh());
        producer.setVisible(user.role() == Role.OFFICER);

        lowOnly.setId("stock-low-only");
        lowOnly.addValueChangeListener(e -> refresh());

        grid.setId("stock-grid");
        grid.addColumn(r -> r.sku() == null ? r.code() : r.sku()).setHeader(I18n.text("console.stock.code"))
                .setAutoWidth(true);
        grid.addColumn(StockRow::label).setHeader(I18n.text("console.common.product")).setFlexGrow(3);
        grid.addColumn(r -> Vnd.format(r.priceVnd())).setHeader(I18n.text("console.stock.price")).setAutoWidth(true);
        grid.addComponentColumn(r -> field(r, true)).setHeader(I18n.text("console.stock.stock")).setKey("stock").setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> field(r, false)).setHeader(I18n.text("console.stock.threshold")).setKey("threshold")
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span badge = new Span(r.low() ? I18n.text("console.stock.low") : "");
            if (r.low()) {
                badge.getElement().getThemeList().add("badge error");
            }
            return badge;
        }).setHeader(I18n.text("console.common.state")).setAutoWidth(true);

        save.setId("stock-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveAll());
        errors.setId("stock-errors");
        errors.addClassName("error-text");

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            Long chosen = shown;
            if (chosen == null) {
                return DownloadResponse.error(404);
            }
            byte[] csv = sheets.exportCsv(user, chosen);
            return new DownloadResponse(new ByteArrayInputStream(csv), "san-pham-ton-kho.csv", "text/csv", csv.length);
        }), I18n.text("console.stock.export"));
        export.setId("stock-export");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> importFile(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(ListingImport.MAX_BYTES);
        upload.setId("stock-import");
        importSummary.setId("import-summary");
        report.setId("import-report");
        report.addColumn(ReportLine::line).setHeader(I18n.text("console.stock.import.line")).setAutoWidth(true);
        report.addColumn(ReportLine::product).setHeader(I18n.text("console.stock.code")).setAutoWidth(true);
        report.addColumn(ReportLine::outcome).setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        report.addColumn(ReportLine::message).setHeader(I18n.text("console.stock.import.problem")).setFlexGrow(3);
        report.setAllRowsVisible(true);
        report.setVisible(false);

        add(new HorizontalLayout(producer, lowOnly), grid, new HorizontalLayout(save, errors),
                new H3(I18n.text("console.stock.file")), new Paragraph(I18n.text("console.stock.fileHelp")),
                export, upload, importSummary, report);
        refresh();
    }

    private IntegerField field(StockRow row, boolean count) {
        IntegerField field = new IntegerField();
        field.setId((count ? "stock-" : "threshold-") + row.key());
        field.setWidthFull();
        StockSheets.Change edit = edits.get(row.key());
        Integer typed = edit == null ? null : count ? edit.stock() : edit.threshold();
        field.setValue(typed != null ? typed : count ? row.stock() : row.threshold());
        field.addValueChangeListener(e -> {
            StockSheets.Change before = edits.getOrDefault(row.key(), new StockSheets.Change(row.key(), null, null));
            Integer value = e.getValue();
            edits.put(row.key(), count ? new StockSheets.Change(row.key(), value == null ? row.stock() : value, before.threshold())
                    : new StockSheets.Change(row.key(), before.stock(), value == null ? row.threshold() : value));
        });
        return field;
    }

    private Long selectedProducer() {
        return user.role() == Role.OFFICER ? (producer.getValue() == null ? null : producer.getValue().id())
                : user.producerId();
    }

    void refresh() {
        edits.clear();
        errors.setText("");
        Long chosen = selectedProducer();
        shown = chosen;
        List<StockRow> rows = chosen == null ? List.of() : sheets.rows(user, chosen, lowOnly.getValue());
        grid.setItems(rows);
        save.setEnabled(chosen != null);
    }

    void saveAll() {
        Long chosen = selectedProducer();
        if (chosen == null) {
            return;
        }
        try {
            int changed = sheets.save(user, chosen, new ArrayList<>(edits.values()));
            refresh();
            Notification.show(I18n.text("console.stock.saved", changed), 3000, Notification.Position.TOP_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            errors.setText(I18n.text("console.stock.nothingSaved", I18n.messages(e)));
        }
    }

    /** Imports an uploaded file and shows its report; also called directly by tests. */
    public void importFile(byte[] csv) {
        Long chosen = selectedProducer();
        if (chosen == null) {
            return;
        }
        ListingImport.Report result = importer.run(user, chosen, csv);
        if (result.fileError() != null) {
            importSummary.setText(I18n.text("console.stock.import.unreadable", I18n.message(result.fileError())));
            report.setVisible(false);
            return;
        }
        importSummary.setText(I18n.text("console.stock.import.summary", result.lines().size(),
                result.count(ListingImport.Outcome.SAVED), result.count(ListingImport.Outcome.PENDING),
                result.count(ListingImport.Outcome.UNCHANGED), result.count(ListingImport.Outcome.ERROR)));
        report.setItems(result.lines().stream().map(l -> new ReportLine(l.lineNumber(),
                l.sku().isEmpty() ? l.code() : l.code() + " / " + l.sku(),
                I18n.text("console.stock.import.outcome." + l.outcome().name()),
                l.errors().stream().map(I18n::message).collect(Collectors.joining(" ")))).toList());
        report.setVisible(!result.lines().isEmpty());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.stock.pageTitle");
    }
}
