package vn.ocop.market.producer.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.ProducerOnboarding;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.CertificateQuery;
import vn.ocop.market.certification.CertificateRegistry;
import vn.ocop.market.certification.CertificateRow;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerStatus;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Officers review producers' applications, the oldest first: the business data, the certificates in
 * the registry that match the producer (by its name within its province, or its registration number)
 * to verify it against, and approve, or reject with a reason the producer reads. Decisions are audited.
 */
@Prototype
@Route(value = "admin/producers/applications", layout = AdminLayout.class)
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** How many matching certificates are shown beside an application. */
    static final int MATCHES = 20;

    final Select<ProducerStatus> status = new Select<>();
    final Grid<Producer> grid = new Grid<>();
    final Div details = new Div();
    final Grid<CertificateRow> certificates = new Grid<>();
    final TextArea reason = new TextArea(I18n.text("console.applications.reason"));
    final Button approve = new Button(I18n.text("console.applications.approve"));
    final Button reject = new Button(I18n.text("console.applications.reject"));
    private final Producers producers;
    private final CertificateRegistry registry;
    private final ProducerOnboarding onboarding;
    private Producer selected;

    public ApplicationsView(Producers producers, CertificateRegistry registry, ProducerOnboarding onboarding) {
        this.producers = producers;
        this.registry = registry;
        this.onboarding = onboarding;
        setSizeFull();
        status.setId("applications-status");
        status.setLabel(I18n.text("console.applications.status"));
        status.setItems(ProducerStatus.PENDING, ProducerStatus.REJECTED, ProducerStatus.APPROVED);
        status.setItemLabelGenerator(s -> I18n.text("producer.status." + s.name()));
        status.setValue(ProducerStatus.PENDING);
        status.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            select(null);
        });
        grid.setId("applications");
        grid.addColumn(Producer::name).setHeader(I18n.text("console.producers.name")).setFlexGrow(2);
        grid.addColumn(p -> I18n.text("producer.type." + p.type().name())).setHeader(I18n.text("console.producers.type"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.registrationNumber() == null ? "" : p.registrationNumber())
                .setHeader(I18n.text("console.applications.registrationNumber")).setAutoWidth(true);
        grid.addColumn(Producer::province).setHeader(I18n.text("console.common.province")).setAutoWidth(true);
        grid.addColumn(p -> WHEN.format(p.createdAt())).setHeader(I18n.text("console.applications.appliedAt"))
                .setAutoWidth(true);
        grid.setItems(query -> producers.withStatus(status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> producers.countWithStatus(status.getValue()));
        grid.setHeight("18em");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        details.setId("application-details");
        certificates.setId("application-certificates");
        certificates.addColumn(r -> r.certificate().certificateNumber())
                .setHeader(I18n.text("console.applications.certificateNumber")).setAutoWidth(true);
        certificates.addColumn(CertificateRow::productName).setHeader(I18n.text("console.applications.product")).setFlexGrow(2);
        certificates.addColumn(CertificateRow::producerName).setHeader(I18n.text("console.producers.name")).setFlexGrow(2);
        certificates.addColumn(CertificateRow::province).setHeader(I18n.text("console.common.province")).setAutoWidth(true);
        certificates.addColumn(r -> r.certificate().stars() + "★").setHeader(I18n.text("console.applications.stars"));
        certificates.addColumn(r -> DAY.format(r.certificate().validUntil()))
                .setHeader(I18n.text("console.applications.validUntil")).setAutoWidth(true);
        certificates.setAllRowsVisible(true);
        reason.setId("application-reason");
        reason.setWidthFull();
        reason.setMaxLength(Producers.REASON_LENGTH);
        approve.setId("application-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(true));
        reject.setId("application-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(false));
        add(new H2(I18n.text("console.applications.title")), status, grid, details);
        select(null);
    }

    void select(Producer producer) {
        selected = producer;
        details.removeAll();
        reason.clear();
        reason.setInvalid(false);
        if (producer == null) {
            details.add(new Paragraph(I18n.text("console.applications.choose")));
            return;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(I18n.text("console.producers.name"), producer.name());
        facts.put(I18n.text("console.producers.type"), I18n.text("producer.type." + producer.type().name()));
        facts.put(I18n.text("console.applications.registrationNumber"), orDash(producer.registrationNumber()));
        facts.put(I18n.text("console.applications.contact"), orDash(producer.contactName()));
        facts.put(I18n.text("console.applications.phone"), orDash(producer.phone()));
        facts.put(I18n.text("console.common.email"), orDash(producer.email()));
        facts.put(I18n.text("console.common.province"), producer.province());
        facts.put(I18n.text("console.producers.commune"), orDash(producer.commune()));
        facts.put(I18n.text("console.applications.address"), orDash(producer.address()));
        facts.put(I18n.text("console.applications.status"), I18n.text("producer.status." + producer.status().name()));
        if (producer.rejectionReason() != null) {
            facts.put(I18n.text("console.applications.reason"), producer.rejectionReason());
        }
        if (producer.reviewedBy() != null && producer.reviewedAt() != null) {
            facts.put(I18n.text("console.applications.reviewed"), producer.reviewedBy() + " · " + WHEN.format(producer.reviewedAt()));
        }
        VerticalLayout sheet = new VerticalLayout();
        sheet.setPadding(false);
        sheet.setSpacing(false);
        facts.forEach((label, value) -> sheet.add(new Paragraph(label + ": " + value)));
        List<CertificateRow> matches = matches(producer);
        certificates.setItems(matches);
        Paragraph none = new Paragraph(I18n.text("console.applications.noMatches"));
        none.setId("application-no-matches");
        none.setVisible(matches.isEmpty());
        details.add(new H3(producer.name()), sheet, new H3(I18n.text("console.applications.matches")), none, certificates);
        if (producer.status() == ProducerStatus.PENDING) {
            details.add(reason, new HorizontalLayout(approve, reject));
        }
    }

    /** The registry's certificates naming the producer within its province, then any naming its registration number. */
    List<CertificateRow> matches(Producer producer) {
        List<CertificateRow> rows = new ArrayList<>(registry.search(
                new CertificateQuery(producer.name(), producer.province(), null, null, null, null, MATCHES)));
        if (producer.registrationNumber() != null) {
            for (CertificateRow row : registry.search(new CertificateQuery(producer.registrationNumber(), null, null,
                    null, null, null, MATCHES))) {
                if (rows.stream().noneMatch(r -> r.certificate().id().equals(row.certificate().id()))) {
                    rows.add(row);
                }
            }
        }
        // The applicant's own products (if it had any listed under this record) are not evidence.
        rows.removeIf(r -> r.producerId() == producer.id());
        return rows;
    }

    void decide(boolean approved) {
        if (selected == null) {
            return;
        }
        SignedInUser officer = CurrentUser.get().orElseThrow();
        try {
            if (approved) {
                onboarding.approve(officer, selected.id());
            } else {
                onboarding.reject(officer, selected.id(), reason.getValue());
            }
            Notification.show(I18n.text(approved ? "console.applications.approved" : "console.applications.rejected",
                    selected.name()), 3000, Notification.Position.TOP_CENTER);
            grid.getDataProvider().refreshAll();
            select(producers.find(selected.id()).orElse(null));
        } catch (InvalidInputException e) {
            reason.setErrorMessage(I18n.messages(e));
            reason.setInvalid(true);
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.applications.pageTitle");
    }
}
