package vn.ocop.market.order.console;

import vn.ocop.market.order.ui.OrderBadges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.ocop.market.order.ShippingDocuments;
import java.io.ByteArrayInputStream;
import java.util.List;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderEvent;
import vn.ocop.market.order.OrderLine;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.function.Supplier;

/**
 * One order in the console: lines, contact and address, history, and a button for each status
 * it may move to next; for a bank transfer awaited, "Đã nhận chuyển khoản". Refusals from the
 * domain are shown as notifications.
 */
class OrderDetails extends Dialog {

    private final Orders orders;
    private final SignedInUser user;
    private final Runnable onChange;
    private final TextField note = new TextField(I18n.text("console.orderDetail.note"));

    private final ShippingDocuments documents;

    OrderDetails(Orders orders, ShippingDocuments documents, SignedInUser user, Order order, Runnable onChange) {
        this.orders = orders;
        this.documents = documents;
        this.user = user;
        this.onChange = onChange;
        setId("order-details");
        setWidth("min(56rem, 95vw)");
        note.setId("move-note");
        note.setMaxLength(500);
        note.setWidthFull();
        show(order);
    }

    private void show(Order order) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(I18n.text("console.orderDetail.title", order.number()));
        Span status = OrderBadges.status(order.status());
        status.setId("detail-status");
        Span payment = OrderBadges.payment(order.paymentStatus());
        payment.setId("detail-payment");
        Div head = new Div(new Span(order.producerName()), status, payment,
                new Span(I18n.text("payment.method." + order.method().name())));
        head.addClassName("order-head");

        Div customer = new Div(new H3(I18n.text("console.orderDetail.recipient")),
                new Paragraph(order.contactName() + " · " + order.phone() + " · " + order.email()),
                new Paragraph(order.address()));
        String deliveryNote = documents.document(user, order.id()).deliveryNote();
        if (deliveryNote != null) {
            Paragraph shopperNote = new Paragraph(I18n.text("console.orderDetail.deliveryNote", deliveryNote));
            shopperNote.setId("delivery-note");
            customer.add(shopperNote);
        }
        long orderId = order.id();
        java.util.Locale locale = I18n.locale();
        Anchor slip = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = documents.packingSlips(user, List.of(orderId), locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "phieu-dong-goi-" + order.number() + ".pdf",
                    "application/pdf", pdf.length);
        }), I18n.text("console.orderDetail.packingSlip"));
        slip.setId("packing-slip");
        Anchor label = new Anchor("admin/orders/" + orderId + "/label", I18n.text("console.orderDetail.label"));
        label.setTarget("_blank");
        label.setId("shipping-label-link");
        customer.add(new HorizontalLayout(slip, label));

        Grid<OrderLine> lines = new Grid<>();
        lines.setAllRowsVisible(true);
        lines.addColumn(OrderLine::title).setHeader(I18n.text("console.common.product")).setFlexGrow(3);
        lines.addColumn(l -> l.stars() + " ★").setHeader(I18n.text("console.orderDetail.stars")).setAutoWidth(true);
        lines.addColumn(OrderLine::certificateNumber).setHeader(I18n.text("console.orderDetail.certificate")).setAutoWidth(true);
        lines.addColumn(l -> Vnd.format(l.unitPriceVnd())).setHeader(I18n.text("console.orderDetail.unitPrice"))
                .setAutoWidth(true);
        lines.addColumn(OrderLine::quantity).setHeader(I18n.text("console.orderDetail.quantity")).setAutoWidth(true);
        lines.addColumn(l -> Vnd.format(l.subtotalVnd())).setHeader(I18n.text("console.orderDetail.subtotal")).setAutoWidth(true);
        lines.setItems(order.lines());
        lines.setId("order-lines");

        Paragraph totals = new Paragraph(I18n.text("console.orderDetail.totals", Vnd.format(order.goodsVnd()),
                Vnd.format(order.shippingVnd()), OrderBadges.shippingRule(order.shippingRule()), order.weightGrams(),
                Vnd.format(order.totalVnd())));
        totals.setId("order-totals");
        if (order.discountVnd() > 0) {
            totals.add(" " + I18n.text("console.orderDetail.discount", Vnd.format(order.discountVnd())));
        }

        Grid<OrderEvent> history = new Grid<>();
        history.setAllRowsVisible(true);
        history.addColumn(e -> OrderBadges.when(e.at())).setHeader(I18n.text("console.orderDetail.at")).setAutoWidth(true);
        history.addColumn(OrderBadges::step).setHeader(I18n.text("console.orderDetail.change")).setFlexGrow(3);
        history.addColumn(OrderEvent::actor).setHeader(I18n.text("console.orderDetail.by")).setAutoWidth(true);
        history.setItems(order.history());
        history.setId("order-history");

        add(head, customer, lines, totals, new H3(I18n.text("console.orderDetail.history")), history);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (awaitingTransfer(order)) {
            Button received = new Button(I18n.text("console.orderDetail.transferReceived"),
                    e -> act(() -> orders.confirmTransfer(user, order.id()),
                            I18n.text("console.orderDetail.transferRecorded")));
            received.setId("confirm-transfer");
            received.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(received);
        }
        for (OrderStatus target : order.status().next()) {
            Button move = new Button(action(target), e -> act(() -> orders.move(user, order.id(), target, note()),
                    I18n.text("order.detail.moved", I18n.text("order.status." + target.name()))));
            move.setId("move-" + target.name());
            move.addThemeVariants(target == OrderStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            actions.add(move);
        }
        if (actions.getComponentCount() > 0) {
            add(note);
        }
        Button close = new Button(I18n.text("console.common.close"), e -> close());
        close.setId("order-close");
        getFooter().add(actions, close);
    }

    private static boolean awaitingTransfer(Order order) {
        return order.method() == PaymentMethod.VIETQR && order.paymentStatus() == PaymentStatus.AWAITING
                && order.status().holdsStock();
    }

    private String note() {
        return note.getValue().isBlank() ? null : note.getValue().trim();
    }

    private void act(Supplier<Order> change, String done) {
        try {
            Order changed = change.get();
            note.clear();
            Notification.show(done, 3000, Notification.Position.TOP_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(changed);
        } catch (InvalidInputException e) {
            Notification.show(I18n.messages(e), 6000, Notification.Position.TOP_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (NotFoundException e) {
            Notification.show(I18n.text("console.orderDetail.notFound"), 6000,
                    Notification.Position.TOP_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        onChange.run();
    }

    /** The button for moving an order to a status, worded as what the producer did. */
    static String action(OrderStatus target) {
        return switch (target) {
            case CONFIRMED -> I18n.text("console.orderDetail.move.confirmed");
            case SHIPPED -> I18n.text("console.orderDetail.move.shipped");
            case DELIVERED -> I18n.text("console.orderDetail.move.delivered");
            case CANCELLED -> I18n.text("console.orderDetail.move.cancelled");
            case REFUNDED -> I18n.text("console.orderDetail.move.refunded");
            case PLACED -> I18n.text("order.status." + target.name());
        };
    }
}
