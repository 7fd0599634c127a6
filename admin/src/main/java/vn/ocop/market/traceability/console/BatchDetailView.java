package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.traceability.BatchDocument;
import vn.ocop.market.traceability.BatchDocuments;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.TraceEventView;
import vn.ocop.market.traceability.TraceEvents;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.format.DateTimeFormatter;

/**
 * One batch: its facts and status, the event timeline, and for its producer the event form and
 * the documents upload; its producer or an officer may withdraw it. Officers only read the rest.
 * Another producer's batch is not found.
 */
@Prototype
@Route(value = "admin/batches/:batchId", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class BatchDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm xxx");

    private final Batches batches;
    private final TraceEvents events;
    private final BatchDocuments documents;
    private final Provinces provinces;
    final H2 title = new H2();
    final Span status = new Span();
    final Grid<TraceEventView> timeline = new Grid<>();
    final VerticalLayout files = new VerticalLayout();
    final TextField reason = new TextField(I18n.text("console.batches.withdrawReason"));
    final Button withdraw = new Button(I18n.text("console.batches.withdraw"));
    final Span error = new Span();
    EventForm eventForm;
    private SignedInUser user;
    private BatchView batch;

    public BatchDetailView(Batches batches, TraceEvents events, BatchDocuments documents, Provinces provinces) {
        this.batches = batches;
        this.events = events;
        this.documents = documents;
        this.provinces = provinces;
        setWidthFull();
        status.setId("batch-status");
        timeline.setId("batch-timeline");
        timeline.addColumn(e -> WHEN.format(e.localTime())).setHeader(I18n.text("console.batches.event.time"))
                .setAutoWidth(true);
        timeline.addColumn(e -> e.step() == null ? e.eventType() : I18n.text("console.batches.step." + e.step()))
                .setHeader(I18n.text("console.batches.event.step")).setAutoWidth(true);
        timeline.addColumn(e -> I18n.text("console.batches.role." + e.role())).setHeader(I18n.text("console.batches.event.role"))
                .setAutoWidth(true);
        timeline.addColumn(BatchDetailView::where).setHeader(I18n.text("console.batches.event.where")).setFlexGrow(3);
        timeline.setAllRowsVisible(true);
        reason.setId("batch-withdraw-reason");
        withdraw.setId("batch-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            try {
                batch = batches.withdraw(user, batch.id(), reason.getValue());
                show();
            } catch (InvalidInputException refused) {
                error.setText(I18n.messages(refused));
            }
        });
        error.setId("batch-error");
        error.addClassName("error-text");
        files.setId("batch-documents");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = CurrentUser.get().filter(u -> u.hasRole(Role.PRODUCER, Role.OFFICER)).orElse(null);
        if (user == null) {
            return;
        }
        try {
            long id = Long.parseLong(event.getRouteParameters().get("batchId").orElse(""));
            batch = batches.visibleTo(user, id).orElse(null);
        } catch (NumberFormatException e) {
            batch = null;
        }
        if (batch == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("console.batches.notFound"));
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        boolean owner = user.role() == Role.PRODUCER;
        String product = batches.productNames(java.util.List.of(batch.productId())).getOrDefault(batch.productId(), "");
        title.setText(I18n.text("console.batches.detailTitle", product, batch.lot()));
        status.setText(batch.withdrawn()
                ? I18n.text("console.batches.withdrawnOn", I18n.day(batch.withdrawnAt().atZone(
                        vn.ocop.market.shared.ClockFactory.VIETNAM).toLocalDate()), batch.withdrawnReason())
                : I18n.text("console.batches.status.ACTIVE"));
        status.getElement().getThemeList().set("badge error", batch.withdrawn());
        Paragraph facts = new Paragraph(I18n.text("console.batches.facts", batch.gtin(),
                I18n.day(batch.productionDate()), I18n.day(batch.bestBefore()), batch.remaining(), batch.quantity(),
                batch.originText() == null ? "—" : batch.originText()
                        + (batch.originCode() == null ? "" : " (" + batch.originCode() + ")"),
                batch.standards() == null ? "—" : batch.standards()));
        facts.setId("batch-facts");
        Anchor link = new Anchor(batch.digitalLinkPath(), batch.digitalLinkPath());
        link.setId("batch-link");
        link.setTarget("_blank");
        timeline.setItems(batches.events(batch.id()));
        add(title, status, facts, link, new H3(I18n.text("console.batches.timeline")), timeline);
        if (owner && !batch.withdrawn()) {
            java.util.List<BatchView> others = batches.page(user, 0, 500).stream()
                    .filter(b -> b.id() != batch.id()).toList();
            eventForm = new EventForm(events, provinces, user, batch, others, this::show);
            add(new H3(I18n.text("console.batches.event.new")), eventForm);
        }
        add(new H3(I18n.text("console.batches.documents")), files);
        showDocuments();
        if (owner) {
            TextField docTitle = new TextField(I18n.text("console.batches.documentTitle"));
            docTitle.setId("batch-document-title");
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                    () -> addDocument(docTitle.getValue(), bytes)))));
            upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
            upload.setMaxFileSize(BatchDocuments.MAX_BYTES);
            upload.setId("batch-document-upload");
            add(docTitle, upload);
        }
        if (!batch.withdrawn()) {
            add(new H3(I18n.text("console.batches.withdrawTitle")), new HorizontalLayout(reason, withdraw));
        }
        add(error);
    }

    /** Adds an uploaded document and lists it; also called directly by tests. */
    public void addDocument(String name, byte[] bytes) {
        try {
            documents.add(user, batch.id(), name, bytes);
            error.setText("");
            showDocuments();
        } catch (InvalidInputException refused) {
            error.setText(I18n.messages(refused));
        }
    }

    private void showDocuments() {
        files.removeAll();
        for (BatchDocument d : documents.of(batch.id())) {
            Anchor a = new Anchor(d.url(), d.title());
            a.setTarget("_blank");
            files.add(a);
        }
        if (files.getComponentCount() == 0) {
            files.add(new Span(I18n.text("console.batches.noDocuments")));
        }
    }

    private static String where(TraceEventView e) {
        if (e.gln() != null) {
            return "GLN " + e.gln();
        }
        if (e.province() != null) {
            return e.commune() == null ? e.province() : e.commune() + ", " + e.province();
        }
        return e.readPoint() == null ? "" : e.readPoint();
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.batches.pageTitle");
    }
}
