package vn.ocop.market.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderEvent;
import vn.ocop.market.order.OrderLine;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.traceability.ShippedBatch;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One producer's order as its shopper sees it: number, status, lines, shipping, totals, history,
 * the bank transfer to the producer (VietQR code and account) while a VietQR order awaits payment, and
 * "Hủy đơn" while the producer has not confirmed it.
 */
class ShopperOrderCard extends Section {

    ShopperOrderCard(Order order, Optional<Producer> payee, List<ShippedBatch> batches, Runnable onCancel) {
        addClassName("order-card");
        setId("order-" + order.id());
        getElement().setAttribute("data-number", order.number());
        H2 number = new H2(I18n.text("order.card.number", order.number()));
        number.addClassName("order-number");
        Span producer = new Span(order.producerName());
        producer.addClassName("order-producer");
        Div head = new Div(number, producer, OrderBadges.status(order.status()), OrderBadges.payment(order.paymentStatus()));
        head.addClassName("order-head");
        add(head, lines(order, batches), totals(order));

        if (order.method() == PaymentMethod.VIETQR && order.paymentStatus() == PaymentStatus.AWAITING
                && order.status().holdsStock()) {
            add(new TransferDetails(order, payee));
        }
        if (order.status() == OrderStatus.PLACED) {
            Button cancel = new Button(I18n.text("order.card.cancel"));
            cancel.setId("cancel-" + order.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClickListener(e -> confirm(order, onCancel));
            add(cancel);
        }
        add(history(order));
    }

    private static Div lines(Order order, List<ShippedBatch> batches) {
        Div list = new Div();
        list.addClassName("order-lines");
        for (OrderLine l : order.lines()) {
            Span name = new Span(l.title() + " (" + l.stars() + " ★)");
            Span quantity = new Span(Vnd.format(l.unitPriceVnd()) + " × " + l.quantity());
            Span subtotal = new Span(Vnd.format(l.subtotalVnd()));
            subtotal.addClassName("review-amount");
            Div row = new Div(name, quantity, subtotal);
            row.addClassName("order-line");
            list.add(row);
            // The batches the line ships from: each links to its trace page (GS1 Digital Link).
            for (ShippedBatch b : batches) {
                if (b.productId() == l.productId() && Objects.equals(b.variantId(), l.variantId())) {
                    Anchor trace = new Anchor(b.digitalLinkPath(), I18n.text("order.card.batch", b.lot(),
                            I18n.day(b.bestBefore()), b.quantity()));
                    trace.addClassName("order-batch");
                    list.add(trace);
                }
            }
        }
        return list;
    }

    private static Div totals(Order order) {
        Div totals = new Div(
                row(I18n.text("order.card.goods"), Vnd.format(order.goodsVnd())),
                row(I18n.text("order.card.shipping") + " (" + OrderBadges.shippingRule(order.shippingRule()) + ")",
                        Vnd.format(order.shippingVnd())),
                row(I18n.text("order.card.total"), Vnd.format(order.totalVnd())));
        totals.addClassName("order-totals");
        return totals;
    }

    private static Div history(Order order) {
        UnorderedList steps = new UnorderedList();
        for (OrderEvent e : order.history()) {
            Span when = new Span(OrderBadges.when(e.at()));
            when.addClassName("history-when");
            steps.add(new ListItem(when, new Span(" " + OrderBadges.step(e))));
        }
        Div history = new Div(new H3(I18n.text("order.card.history")), steps);
        history.addClassName("order-history");
        return history;
    }

    private static void confirm(Order order, Runnable onCancel) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(I18n.text("order.card.cancelQuestion", order.number()));
        dialog.setText(I18n.text("order.card.cancelOthers"));
        dialog.setCancelable(true);
        dialog.setCancelText(I18n.text("order.card.cancelNo"));
        dialog.setConfirmText(I18n.text("order.card.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onCancel.run());
        dialog.setId("cancel-dialog");
        dialog.open();
    }

    private static Div row(String label, String value) {
        Span amount = new Span(value);
        amount.addClassName("review-amount");
        Div row = new Div(new Span(label), amount);
        row.addClassName("review-row");
        return row;
    }
}
