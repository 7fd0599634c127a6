package vn.ocop.market.report.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.ocop.market.report.RenderedReport;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.ReportJob;
import vn.ocop.market.report.ReportJobs;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayInputStream;

/**
 * Export buttons for a report: the file is generated in the background while a progress bar, polled
 * by the page, shows how far it is; then a link downloads it.
 */
final class ReportExport extends HorizontalLayout {

    static final int POLL_MILLIS = 400;

    final Button xlsx = new Button(I18n.text("console.dashboard.exportXlsx"));
    final Button pdf = new Button(I18n.text("console.dashboard.exportPdf"));
    final ProgressBar progress = new ProgressBar(0, 1);
    final Anchor download = new Anchor();
    final Span failed = new Span();
    private final ReportJobs jobs;
    private String name;
    private ReportParameters parameters;
    private ReportJob job;
    private Registration polling;

    ReportExport(ReportJobs jobs) {
        this.jobs = jobs;
        xlsx.setId("dashboard-export-xlsx");
        pdf.setId("dashboard-export-pdf");
        progress.setId("dashboard-progress");
        progress.setWidth("12rem");
        progress.setVisible(false);
        download.setId("dashboard-download");
        download.setVisible(false);
        failed.setId("dashboard-export-failed");
        xlsx.addClickListener(e -> start(ReportFormat.XLSX));
        pdf.addClickListener(e -> start(ReportFormat.PDF));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(xlsx, pdf, progress, download, failed);
    }

    /** The report the buttons export; a change forgets a finished file. */
    void use(String report, ReportParameters chosen) {
        this.name = report;
        this.parameters = chosen;
        download.setVisible(false);
        failed.setText("");
    }

    void start(ReportFormat format) {
        if (name == null || job != null && !job.done()) {
            return;
        }
        job = jobs.start(name, parameters, format, I18n.locale());
        download.setVisible(false);
        failed.setText("");
        progress.setValue(0);
        progress.setVisible(true);
        xlsx.setEnabled(false);
        pdf.setEnabled(false);
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> update());
            }
        });
        update();
    }

    /** Shows how far the job is; once done, the link to the file (or why it failed) and no more polling. */
    void update() {
        if (job == null) {
            return;
        }
        progress.setValue(job.progress());
        if (!job.done()) {
            return;
        }
        stopPolling();
        progress.setVisible(false);
        xlsx.setEnabled(true);
        pdf.setEnabled(true);
        if (job.file().isPresent()) {
            RenderedReport file = job.file().get();
            download.setText(I18n.text("console.dashboard.download", file.fileName()));
            download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(), file.bytes().length)),
                    AttachmentType.DOWNLOAD);
            download.setVisible(true);
        } else {
            failed.setText(I18n.text("console.dashboard.exportFailed"));
        }
    }

    /** The job started last (tests wait for it). */
    ReportJob job() {
        return job;
    }

    void stop() {
        stopPolling();
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
