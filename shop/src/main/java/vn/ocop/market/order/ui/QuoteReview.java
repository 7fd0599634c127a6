package vn.ocop.market.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.order.Quote;
import vn.ocop.market.order.Shipment;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.Locale;

/** The review step: one parcel per producer with its lines, weight, shipping fee and rule, then the totals. */
class QuoteReview extends Div {

    QuoteReview(Quote quote) {
        addClassName("quote-review");
        setId("order-review");
        add(new H2(I18n.t("Xem lại đơn hàng", "Review your order")));
        int n = 0;
        for (Shipment s : quote.shipments()) {
            n++;
            add(shipment(s, n, quote.shipments().size()));
        }
        Div totals = new Div(
                row(I18n.t("Tiền hàng", "Goods"), Vnd.format(quote.goodsVnd()), "review-goods"),
                row(I18n.t("Phí giao hàng", "Shipping"), Vnd.format(quote.shippingVnd()), "review-shipping"),
                row(I18n.t("Tổng thanh toán", "Total to pay"), Vnd.format(quote.totalVnd()), "review-total"));
        totals.addClassName("review-totals");
        add(totals);
    }

    private static Section shipment(Shipment s, int n, int of) {
        Section part = new Section();
        part.addClassName("review-shipment");
        part.setId("review-shipment-" + s.producerId());
        part.add(new H3(I18n.t("Kiện " + n + "/" + of + ": ", "Parcel " + n + "/" + of + ": ") + s.producerName()));
        Span from = new Span(I18n.t("Gửi từ ", "Ships from ") + s.producerProvince());
        from.addClassName("review-from");
        part.add(from);
        for (CartLine l : s.lines()) {
            Div line = new Div(new Span(l.productName() + " × " + l.quantity()), new Span(Vnd.format(l.subtotalVnd())));
            line.addClassName("review-line");
            part.add(line);
        }
        part.add(row(I18n.t("Khối lượng", "Weight"), kilograms(s.weightGrams()), null),
                row(I18n.t("Phí giao hàng", "Shipping") + " (" + OrderBadges.shippingRule(s.shippingRule()) + ")",
                        Vnd.format(s.shippingVnd()), null),
                row(I18n.t("Cộng kiện này", "Parcel total"), Vnd.format(s.totalVnd()), null));
        return part;
    }

    private static String kilograms(int grams) {
        return String.format(Locale.ROOT, "%.1f kg", grams / 1000.0).replace('.', I18n.english() ? '.' : ',');
    }

    private static Div row(String label, String value, String id) {
        Span amount = new Span(value);
        amount.addClassName("review-amount");
        if (id != null) {
            amount.setId(id);
        }
        Div row = new Div(new Span(label), amount);
        row.addClassName("review-row");
        return row;
    }
}
