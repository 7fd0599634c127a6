package vn.ocop.market.order.ui;

import com.vaadin.flow.component.html.Span;
import vn.ocop.market.order.OrderEvent;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.PaymentStatus;
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
        Span badge = new Span(status.label(I18n.english()));
        badge.addClassNames("order-status", "status-" + status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    public static Span payment(PaymentStatus status) {
        Span badge = new Span(status.label(I18n.english()));
        badge.addClassNames("payment-status", "payment-" + status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("data-payment", status.name());
        return badge;
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** One history step in words: "Đã đặt → Đã xác nhận (Chờ thanh toán)". */
    public static String step(OrderEvent event) {
        boolean en = I18n.english();
        String move = event.from() == null || event.from() == event.to() ? event.to().label(en)
                : event.from().label(en) + " → " + event.to().label(en);
        return move + " · " + event.payment().label(en) + (event.note() == null ? "" : " · " + event.note());
    }
}
