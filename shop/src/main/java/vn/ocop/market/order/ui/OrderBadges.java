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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Order and payment states as coloured labels, and order times in Vietnam's time zone (shop and console). */
public final class OrderBadges {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The fixed wording around a shipping rule's label, Vietnamese to English (see {@link ShippingFees#quote}). */
    private static final List<Map.Entry<String, String>> RULE_WORDS = List.of(
            Map.entry(" cho 1 kg đầu", " for the first 1 kg"),
            Map.entry(" mỗi 500 g thêm", " per extra 500 g"),
            Map.entry(" cho đơn từ ", " on goods from "),
            Map.entry(" của mỗi nhà sản xuất", " per producer"));

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

    /**
     * An order's shipping rule, stored in Vietnamese ("Nội miền: 30.000 ₫ cho 1 kg đầu"), in the session's
     * language: the rule's English label and wording when it starts with one of {@link ShippingFees.Rule}'s labels.
     */
    public static String shippingRule(String stored) {
        if (stored == null || !I18n.english()) {
            return stored;
        }
        for (ShippingFees.Rule rule : ShippingFees.Rule.values()) {
            if (stored.startsWith(rule.label())) {
                String english = rule.labelEn() + stored.substring(rule.label().length());
                for (Map.Entry<String, String> words : RULE_WORDS) {
                    english = english.replace(words.getKey(), words.getValue());
                }
                return english;
            }
        }
        return stored;
    }
}
