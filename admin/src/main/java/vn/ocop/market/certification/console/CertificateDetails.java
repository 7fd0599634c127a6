package vn.ocop.market.certification.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.audit.console.AuditView;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.time.Clock;

/** One product's certificates (history), its listing state and audit trail, with revocation. */
@Prototype
public class CertificateDetails {

    private final Certifications certifications;
    private final Products products;
    private final Catalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    public CertificateDetails(Certifications certifications, Products products, Catalog catalog, AuditTrail audit,
                              Clock clock) {
        this.certifications = certifications;
        this.products = products;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the dialog; onChange runs after a revocation so the caller can refresh. */
    public Dialog open(long productId, Runnable onChange) {
        Dialog dialog = new Dialog();
        dialog.setWidth("60rem");
        dialog.setId("certificate-details");
        fill(dialog, productId, onChange);
        dialog.open();
        return dialog;
    }

    private void fill(Dialog dialog, long productId, Runnable onChange) {
        dialog.removeAll();
        Product product = products.find(productId).orElseThrow();
        dialog.setHeaderTitle(product.code() + " – " + product.name());
        boolean listed = catalog.listed(productId).isPresent();
        Span listing = new Span(listed ? I18n.text("console.certificateDetails.listed")
                : I18n.text("console.certificateDetails.notListed"));
        listing.getElement().getThemeList().add(listed ? "badge success" : "badge error");
        listing.setId("listing-state");

        Grid<Certificate> history = new Grid<>();
        history.addColumn(Certificate::certificateNumber).setHeader(I18n.text("console.common.certificateNumber"))
                .setAutoWidth(true);
        history.addColumn(c -> c.stars() + " ★ (" + c.score() + ")").setHeader(I18n.text("console.certificateDetails.rank"))
                .setAutoWidth(true);
        history.addColumn(c -> c.decisionNumber() + ", " + I18n.day(c.decisionDate()))
                .setHeader(I18n.text("console.certificateDetails.decision")).setAutoWidth(true);
        history.addColumn(c -> I18n.lastValidDay(c.validUntil())).setHeader(I18n.text("console.common.validThrough"))
                .setAutoWidth(true);
        history.addComponentColumn(c -> CertificatesView.stateBadge(c.state(clock.instant())))
                .setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        history.addComponentColumn(c -> {
            if (c.revoked() || c.supersededBy() != null) {
                return new Span(c.revokedReason() == null ? "" : c.revokedReason());
            }
            Button revoke = new Button(I18n.text("console.common.revoke"), e -> revokeDialog(c, () -> {
                fill(dialog, productId, onChange);
                onChange.run();
            }));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setId("revoke-" + c.id());
            return revoke;
        }).setHeader("").setKey("revoke").setAutoWidth(true);
        history.setItems(certifications.forProduct(productId));
        history.setAllRowsVisible(true);

        Grid<AuditEvent> trail = new Grid<>();
        trail.addColumn(e -> AuditView.when(e)).setHeader(I18n.text("console.common.when")).setAutoWidth(true);
        trail.addColumn(AuditEvent::actor).setHeader(I18n.text("console.common.who")).setAutoWidth(true);
        trail.addColumn(e -> AuditView.action(e.action())).setHeader(I18n.text("console.common.action")).setAutoWidth(true);
        trail.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(I18n.text("console.common.detail")).setFlexGrow(3);
        trail.setItems(audit.forProduct(productId));
        trail.setAllRowsVisible(true);

        dialog.add(new VerticalLayout(listing, new H3(I18n.text("console.certificateDetails.history")), history,
                new H3(I18n.text("console.certificateDetails.auditTrail")), trail));
        dialog.getFooter().removeAll();
        dialog.getFooter().add(new Button(I18n.text("console.common.close"), e -> dialog.close()));
    }

    private void revokeDialog(Certificate certificate, Runnable done) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(I18n.text("console.certificateDetails.revokeTitle", certificate.certificateNumber()));
        TextArea reason = new TextArea(I18n.text("console.certificateDetails.revokeReason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("revoke-reason");
        TextField reference = new TextField(I18n.text("console.certificateDetails.revokeReference"));
        reference.setWidthFull();
        reference.setId("revoke-reference");
        Button ok = new Button(I18n.text("console.certificateDetails.revokeConfirm"), e -> {
            try {
                certifications.revoke(certificate.id(), reason.getValue(), reference.getValue(), CertificatesView.actor());
                confirm.close();
                done.run();
                Notification.show(I18n.text("console.certificateDetails.revoked"),
                        4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                reason.setInvalid(false);
                reference.setInvalid(false);
                // A reference error belongs under the reference; any other (also "already revoked") under the reason.
                for (var error : ex.errors().reversed()) {
                    String message = I18n.message(error);
                    if (error.field().equals("reference")) {
                        reference.setInvalid(true);
                        reference.setErrorMessage(message);
                    } else {
                        reason.setInvalid(true);
                        reason.setErrorMessage(message);
                    }
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ok.setId("revoke-confirm");
        confirm.add(new VerticalLayout(new Paragraph(I18n.text("console.certificateDetails.revokeWarning")), reason, reference));
        confirm.getFooter().add(new Button(I18n.text("console.common.cancel"), e -> confirm.close()), ok);
        confirm.open();
    }
}
