package vn.ocop.market.order.ui;

import com.vaadin.flow.component.html.Span;
import vn.ocop.market.order.OrderEvent;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.PaymentStatus;
import vn.ocop.market.order.ShippingFees;
import vn.ocop.market.ui.I18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Order and payment states as coloured labels, and order times in Vietnam's time zone (shop and console). */
public final class OrderBadges {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private OrderBadges() {
    }

    public static Span status(OrderStatus status) {
        Span badge = new Span(I18n.text("order.status." + status.name()));
        badge.addClassNames("order-status", "status-" + status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    public static Span payment(PaymentStatus status) {
        Span badge = new Span(I18n.text("payment.status." + status.name()));
        badge.addClassNames("payment-status", "payment-" + status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("data-payment", status.name());
        return badge;
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** One history step in words: "Đã đặt → Đã xác nhận (Chờ thanh toán)". */
    public static String step(OrderEvent event) {
        String move = event.from() == null || event.from() == event.to() ? I18n.text("order.status." + event.to().name())
                : I18n.text("order.status." + event.from().name()) + " → " + I18n.text("order.status." + event.to().name());
        return move + " · " + I18n.text("payment.status." + event.payment().name())
                + (event.note() == null ? "" : " · " + event.note());
    }

    /** An order's shipping rule, stored in Vietnamese ("Nội miền: 30.000 ₫ cho 1 kg đầu"), in the session's language. */
    public static String shippingRule(String stored) {
        return ShippingFees.inLanguage(stored, I18n.locale());
    }
}
