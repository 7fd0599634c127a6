package vn.ocop.market.certification.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.certification.DecisionImport;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.List;

/**
 * Imports a council decision from CSV: upload, see every row's problems, then confirm to apply the
 * valid rows in one transaction.
 */
@Prototype
@Route(value = "admin/certificates/import", layout = AdminLayout.class)
public class CertificateImportView extends VerticalLayout implements HasDynamicTitle {

    /** One problem of one row, as the report grid shows it. */
    public record Problem(int row, String product, String field, String message) {
    }

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final DecisionImport importer;
    final ProgressBar progress = new ProgressBar();
    final Span summary = new Span();
    final Grid<Problem> problems = new Grid<>();
    final Button confirm = new Button();
    private DecisionImport.Report report;

    public CertificateImportView(DecisionImport importer) {
        this.importer = importer;
        setSizeFull();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> validateInBackground(ui, bytes));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setId("csv-upload");
        vn.ocop.market.ui.ComponentTexts.upload(upload);

        progress.setVisible(false);
        summary.setId("import-summary");
        problems.addColumn(Problem::row).setHeader(I18n.text("console.certificateImport.row")).setAutoWidth(true);
        problems.addColumn(Problem::product).setHeader(I18n.text("console.common.product")).setAutoWidth(true);
        problems.addColumn(Problem::field).setHeader(I18n.text("console.certificateImport.field")).setAutoWidth(true);
        problems.addColumn(Problem::message).setHeader(I18n.text("console.certificateImport.problem")).setFlexGrow(3);
        problems.setVisible(false);
        problems.setId("import-problems");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.setId("import-confirm");
        confirm.addClickListener(e -> apply());

        add(new H2(I18n.text("console.certificateImport.title")),
                new Paragraph(I18n.text("console.certificateImport.help")),
                upload, progress, summary, confirm, problems);
    }

    private void validateInBackground(UI ui, byte[] csv) {
        report = null;
        confirm.setVisible(false);
        problems.setVisible(false);
        long lines = lines(csv);
        progress.setVisible(true);
        progress.setIndeterminate(false);
        progress.setValue(0);
        summary.setText(I18n.text("console.certificateImport.checking"));
        ui.setPollInterval(300);
        Thread.ofVirtual().start(() -> {
            DecisionImport.Report result;
            try {
                result = importer.validate(csv, done -> {
                    if (done % 50 == 0) {
                        ui.access(() -> progress.setValue(Math.min(1.0, done / (double) lines)));
                    }
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    summary.setText(I18n.text("console.certificateImport.unreadable", e.getMessage()));
                });
                return;
            }
            ui.access(() -> {
                ui.setPollInterval(-1);
                show(result);
            });
        });
    }

    /** Shows a validated report; also used directly by tests. */
    public void show(DecisionImport.Report result) {
        report = result;
        progress.setVisible(false);
        int valid = result.validRows().size();
        int invalid = result.invalidRows().size();
        boolean unreadable = result.rows().stream().anyMatch(r -> r.rowNumber() == 0);
        boolean badHeader = result.rows().size() == 1
                && result.rows().getFirst().errors().stream().allMatch(e -> e.field().equals("header"))
                && !result.rows().getFirst().valid();
        if (unreadable) {
            summary.setText(I18n.text("console.certificateImport.unreadable",
                    message(result.rows().getFirst().errors().getFirst())));
        } else if (badHeader) {
            summary.setText(I18n.text("console.certificateImport.badHeader"));
        } else {
            summary.setText(I18n.text("console.certificateImport.summary", result.rows().size(), valid, invalid));
        }
        List<Problem> list = result.invalidRows().stream().flatMap(r -> r.errors().stream()
                .map(e -> new Problem(r.rowNumber(), r.productLabel(), e.field(), message(e)))).toList();
        problems.setItems(list);
        problems.setVisible(!list.isEmpty());
        confirm.setText(I18n.text("console.certificateImport.confirm", valid));
        confirm.setVisible(valid > 0);
    }

    void apply() {
        if (report == null) {
            return;
        }
        try {
            int saved = importer.apply(report, CertificatesView.actor());
            report = null;
            confirm.setVisible(false);
            summary.setText(I18n.text("console.certificateImport.saved", saved));
            Notification.show(summary.getText(), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            summary.setText(I18n.text("console.certificateImport.nothingSaved", message(e.errors().getFirst())));
        }
    }

    private static long lines(byte[] csv) {
        long lines = 1;
        for (byte b : csv) {
            lines += b == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static String message(FieldError e) {
        return I18n.message(e);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.certificateImport.pageTitle");
    }
}
