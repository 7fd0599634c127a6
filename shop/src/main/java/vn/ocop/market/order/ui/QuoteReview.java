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

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The review step: one parcel per producer with its lines, weight, shipping fee and rule, then the totals. */
class QuoteReview extends Div {

    QuoteReview(Quote quote) {
        addClassName("quote-review");
        setId("order-review");
        add(new H2(I18n.text("order.review.title")));
        int n = 0;
        for (Shipment s : quote.shipments()) {
            n++;
            add(shipment(s, n, quote.shipments().size(), quote.discountOf(s.producerId())));
        }
        Div totals = new Div(
                row(I18n.text("order.review.goods"), Vnd.format(quote.goodsVnd()), "review-goods"),
                row(I18n.text("order.review.shipping"), Vnd.format(quote.shippingVnd()), "review-shipping"),
                discount(quote),
                row(I18n.text("order.review.total"), Vnd.format(quote.totalVnd()), "review-total"));
        totals.addClassName("review-totals");
        add(totals);
    }

    private static Div discount(Quote quote) {
        Div row = row(quote.discount() == null ? "" : I18n.text("order.review.discount", quote.discount().label()),
                "−" + Vnd.format(quote.discountVnd()), "review-discount");
        row.setVisible(quote.discountVnd() > 0);
        return row;
    }

    private static Section shipment(Shipment s, int n, int of, long discountVnd) {
        Section part = new Section();
        part.addClassName("review-shipment");
        part.setId("review-shipment-" + s.producerId());
        part.add(new H3(I18n.text("order.review.parcel", n, of, s.producerName())));
        Span from = new Span(I18n.text("order.review.shipsFrom", s.producerProvince()));
        from.addClassName("review-from");
        part.add(from);
        for (CartLine l : s.lines()) {
            Div line = new Div(new Span(l.title() + " × " + l.quantity()), new Span(Vnd.format(l.subtotalVnd())));
            line.addClassName("review-line");
            part.add(line);
        }
        part.add(row(I18n.text("order.review.weight"), kilograms(s.weightGrams()), null),
                row(I18n.text("order.review.shipping") + " (" + OrderBadges.shippingRule(s.shippingRule()) + ")",
                        Vnd.format(s.shippingVnd()), null),
                row(I18n.text("order.review.parcelTotal"), Vnd.format(s.totalVnd() - discountVnd), null));
        if (discountVnd > 0) {
            part.addComponentAtIndex(part.getComponentCount() - 1,
                    row(I18n.text("order.review.parcelDiscount"), "−" + Vnd.format(discountVnd), null));
        }
        return part;
    }

    private static String kilograms(int grams) {
        // Rounded half up to 0.1 kg first, so the pattern only writes it with the reader's decimal mark.
        return I18n.text("order.review.kilograms", BigDecimal.valueOf(grams, 3).setScale(1, RoundingMode.HALF_UP));
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
