package vn.ocop.market.certification.ui;

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
import vn.ocop.market.audit.ui.AuditView;
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
        Span listing = new Span(listed ? I18n.t("Đang bán trên Chợ OCOP", "On sale in the marketplace")
                : I18n.t("Không được bán (không có giấy chứng nhận hợp lệ)", "Not on sale (no valid certificate)"));
        listing.getElement().getThemeList().add(listed ? "badge success" : "badge error");
        listing.setId("listing-state");

        Grid<Certificate> history = new Grid<>();
        history.addColumn(Certificate::certificateNumber).setHeader(I18n.t("Số GCN", "Number")).setAutoWidth(true);
        history.addColumn(c -> c.stars() + " ★ (" + c.score() + ")").setHeader(I18n.t("Hạng", "Rank")).setAutoWidth(true);
        history.addColumn(c -> c.decisionNumber() + ", " + I18n.day(c.decisionDate()))
                .setHeader(I18n.t("Quyết định", "Decision")).setAutoWidth(true);
        history.addColumn(c -> I18n.lastValidDay(c.validUntil())).setHeader(I18n.t("Hiệu lực đến", "Valid through"))
                .setAutoWidth(true);
        history.addComponentColumn(c -> CertificatesView.stateBadge(c.state(clock.instant())))
                .setHeader(I18n.t("Trạng thái", "State")).setAutoWidth(true);
        history.addComponentColumn(c -> {
            if (c.revoked() || c.supersededBy() != null) {
                return new Span(c.revokedReason() == null ? "" : c.revokedReason());
            }
            Button revoke = new Button(I18n.t("Thu hồi", "Revoke"), e -> revokeDialog(c, () -> {
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
        trail.addColumn(e -> AuditView.when(e)).setHeader(I18n.t("Thời điểm", "When")).setAutoWidth(true);
        trail.addColumn(AuditEvent::actor).setHeader(I18n.t("Người thực hiện", "Who")).setAutoWidth(true);
        trail.addColumn(e -> AuditView.action(e.action())).setHeader(I18n.t("Thao tác", "Action")).setAutoWidth(true);
        trail.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(I18n.t("Chi tiết", "Detail")).setFlexGrow(3);
        trail.setItems(audit.forProduct(productId));
        trail.setAllRowsVisible(true);

        dialog.add(new VerticalLayout(listing, new H3(I18n.t("Lịch sử giấy chứng nhận", "Certificate history")), history,
                new H3(I18n.t("Nhật ký", "Audit trail")), trail));
        dialog.getFooter().removeAll();
        dialog.getFooter().add(new Button(I18n.t("Đóng", "Close"), e -> dialog.close()));
    }

    private void revokeDialog(Certificate certificate, Runnable done) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(I18n.t("Thu hồi giấy chứng nhận " + certificate.certificateNumber(),
                "Revoke certificate " + certificate.certificateNumber()));
        TextArea reason = new TextArea(I18n.t("Lý do thu hồi", "Reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("revoke-reason");
        TextField reference = new TextField(I18n.t("Căn cứ (số biên bản/quyết định)", "Reference (inspection or decision)"));
        reference.setWidthFull();
        reference.setId("revoke-reference");
        Button ok = new Button(I18n.t("Thu hồi và ngừng bán", "Revoke and stop sales"), e -> {
            try {
                certifications.revoke(certificate.id(), reason.getValue(), reference.getValue(), CertificatesView.actor());
                confirm.close();
                done.run();
                Notification.show(I18n.t("Đã thu hồi; sản phẩm ngừng bán ngay.", "Revoked; the product is off sale now."),
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
        confirm.add(new VerticalLayout(new Paragraph(I18n.t(
                "Sản phẩm sẽ biến mất khỏi cửa hàng, tìm kiếm và giỏ hàng ngay lập tức.",
                "The product disappears from the storefront, search and carts at once.")), reason, reference));
        confirm.getFooter().add(new Button(I18n.t("Hủy", "Cancel"), e -> confirm.close()), ok);
        confirm.open();
    }
}
