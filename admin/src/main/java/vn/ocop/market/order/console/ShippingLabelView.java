package vn.ocop.market.order.console;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.order.OrderLine;
import vn.ocop.market.order.ShippingDocument;
import vn.ocop.market.order.ShippingDocuments;
import vn.ocop.market.payment.ui.QrCodes;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/**
 * A printable shipping label (100 × 150 mm) for one order: sender, receiver and phone, the amount
 * to collect on delivery, and the order number as a QR code and as text. A producer opens only
 * its own orders' labels; any other order is not found.
 */
@Prototype
@Route(value = "admin/orders/:orderId/label", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class ShippingLabelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The label's size and the print rules: only the label is printed, on a 100 × 150 mm page. */
    private static final String PRINT_CSS = """
            <style>
            .shipping-label { width: 100mm; min-height: 150mm; box-sizing: border-box; padding: 5mm;
              border: 1px dashed #999; background: #fff; color: #000; font-size: 11pt; }
            .shipping-label .label-heading { margin: 0 0 1mm; font-size: 9pt; text-transform: uppercase; }
            .shipping-label .label-number { font: bold 16pt monospace; letter-spacing: 1px; text-align: center; }
            .shipping-label .label-cod { font-size: 16pt; font-weight: bold; border: 2px solid #000; padding: 2mm;
              text-align: center; }
            .shipping-label .label-qr svg { width: 30mm; height: 30mm; }
            @media print {
              @page { size: 100mm 150mm; margin: 0; }
              body * { visibility: hidden; }
              .shipping-label, .shipping-label * { visibility: visible; }
              .shipping-label { position: fixed; left: 0; top: 0; border: none; }
            }
            </style>""";

    private final ShippingDocuments documents;
    final Div label = new Div();

    public ShippingLabelView(ShippingDocuments documents) {
        this.documents = documents;
        label.setId("shipping-label");
        label.addClassName("shipping-label");
        Button print = new Button(I18n.text("console.label.print"),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("label-print");
        add(new Html(PRINT_CSS), print, label);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return; // the frame sends the visitor to sign in
        }
        try {
            long orderId = Long.parseLong(event.getRouteParameters().get("orderId").orElse(""));
            show(documents.document(user, orderId));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, I18n.text("console.orderDetail.notFound"));
        }
    }

    private void show(ShippingDocument d) {
        label.removeAll();
        var o = d.order();
        Div qr = new Div(new Html("<span>" + QrCodes.svg(o.number()) + "</span>"));
        qr.addClassName("label-qr");
        Span number = new Span(o.number());
        number.setId("label-number");
        number.addClassName("label-number");
        Div sender = new Div(heading("console.label.sender"), new Paragraph(d.senderName()),
                new Paragraph(d.senderAddress()));
        Paragraph phone = new Paragraph(o.phone());
        phone.setId("label-phone");
        Div receiver = new Div(heading("console.label.receiver"), new Paragraph(o.contactName()), phone,
                new Paragraph(o.address()));
        receiver.setId("label-receiver");
        Div cod = new Div(new Text(d.codAmountVnd() > 0
                ? I18n.text("console.label.cod", Vnd.format(d.codAmountVnd())) : I18n.text("console.label.noCod")));
        cod.setId("label-cod");
        cod.addClassName("label-cod");
        label.add(qr, number, sender, receiver, cod);
        if (d.deliveryNote() != null) {
            Paragraph note = new Paragraph(I18n.text("console.label.note", d.deliveryNote()));
            note.setId("label-note");
            label.add(note);
        }
        int pieces = o.lines().stream().mapToInt(OrderLine::quantity).sum();
        label.add(new Paragraph(I18n.text("console.label.contents", pieces, o.weightGrams())));
    }

    private static Div heading(String key) {
        Div h = new Div(I18n.text(key));
        h.getElement().setAttribute("role", "heading");
        h.addClassName("label-heading");
        return h;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.label.pageTitle");
    }
}
