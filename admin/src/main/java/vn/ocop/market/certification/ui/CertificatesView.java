package vn.ocop.market.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.admin.ui.AdminLayout;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The officer's list of certificates, newest first, with a form to record a new decision. */
@Prototype
@Route(value = "admin/certificates", layout = AdminLayout.class)
@PageTitle("Giấy chứng nhận OCOP")
public class CertificatesView extends VerticalLayout {

    private final Certifications certifications;
    private final Products products;
    private final Clock clock;
    final Grid<Certificate> grid = new Grid<>();
    final Button add = new Button(I18n.t("Thêm giấy chứng nhận", "Add certificate"));
    private Map<Long, Product> productsById = Map.of();

    public CertificatesView(Certifications certifications, Products products, Clock clock) {
        this.certifications = certifications;
        this.products = products;
        this.clock = clock;
        setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-certificate");
        add.addClickListener(e -> openForm());
        boolean en = I18n.english();
        grid.addColumn(Certificate::certificateNumber).setHeader(I18n.t("Số GCN", "Number")).setAutoWidth(true);
        grid.addColumn(c -> productName(c.productId())).setHeader(I18n.t("Sản phẩm", "Product")).setFlexGrow(2);
        grid.addColumn(c -> c.stars() + " ★").setHeader(I18n.t("Hạng", "Stars")).setAutoWidth(true);
        grid.addColumn(Certificate::score).setHeader(I18n.t("Điểm", "Score")).setAutoWidth(true);
        grid.addColumn(c -> c.councilLevel().label(en)).setHeader(I18n.t("Cấp", "Level")).setAutoWidth(true);
        grid.addColumn(c -> c.decisionNumber() + " (" + I18n.day(c.decisionDate()) + ")")
                .setHeader(I18n.t("Quyết định", "Decision")).setAutoWidth(true);
        grid.addColumn(c -> I18n.lastValidDay(c.validUntil())).setHeader(I18n.t("Hiệu lực đến", "Valid through"))
                .setAutoWidth(true);
        grid.addColumn(this::state).setHeader(I18n.t("Trạng thái", "State")).setAutoWidth(true);
        grid.setId("certificate-grid");
        add(new H2(I18n.t("Giấy chứng nhận OCOP", "OCOP certificates")), add, grid);
        refresh();
    }

    private void refresh() {
        productsById = products.all().stream().collect(Collectors.toMap(Product::id, Function.identity()));
        grid.setItems(certifications.all());
    }

    void openForm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18n.t("Ghi nhận quyết định công nhận OCOP", "Record an OCOP decision"));
        CertificateForm form = new CertificateForm(products.all());
        form.addSaveListener(e -> {
            try {
                String actor = CurrentUser.get().map(SignedInUser::email).orElse("unknown");
                Certificate saved = certifications.record(e.command(), actor);
                dialog.close();
                refresh();
                Notification.show(I18n.t("Đã lưu giấy chứng nhận " + saved.certificateNumber(),
                        "Saved certificate " + saved.certificateNumber()), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                form.showErrors(ex.errors());
            }
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private String productName(long productId) {
        Product p = productsById.get(productId);
        return p == null ? "#" + productId : p.name();
    }

    private String state(Certificate c) {
        if (c.revoked()) {
            return I18n.t("Đã thu hồi", "Revoked");
        }
        if (!c.validUntil().isAfter(clock.instant())) {
            return I18n.t("Hết hiệu lực", "Expired");
        }
        return Listing.isListable(c, clock.instant()) ? I18n.t("Còn hiệu lực", "Valid") : I18n.t("Chưa đạt 3 sao", "Below 3 stars");
    }
}
