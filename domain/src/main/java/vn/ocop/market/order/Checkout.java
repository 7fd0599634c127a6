package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.inject.Singleton;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.Sql;
import vn.ocop.market.shared.Vnd;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a cart into one order per producer, grouped under one checkout. Everything happens in one
 * transaction: the checkout row first (its unique request key turns a double submit into the
 * same checkout), then, product by product in id order, a conditional update that takes the stock
 * only if enough is left and the certificate is valid now, then the orders, lines, history, the
 * index outbox and the e-mails. Any refusal rolls all of it back: no half-written order, no stock
 * taken.
 */
@Singleton
public class Checkout {

    /** A placed checkout: its id and the token of its page. */
    public record Placed(long checkoutId, String token, boolean alreadyPlaced) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Checkout.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Sql sql;
    private final TransactionOperations<Connection> tx;
    private final Carts carts;
    private final Outbox outbox;
    private final OrderMails mails;
    private final DeliveryRules delivery;
    private final Optional<PaymentGateway> cards;
    private final Clock clock;
    private final Duration cardTimeout;
    private final Duration transferTimeout;

    Checkout(Sql sql, TransactionOperations<Connection> tx, Carts carts, Outbox outbox, OrderMails mails,
             DeliveryRules delivery, Optional<PaymentGateway> cards, Clock clock,
             @Value("${ocop.payment.card-timeout:30m}") Duration cardTimeout,
             @Value("${ocop.payment.transfer-timeout:48h}") Duration transferTimeout) {
        this.sql = sql;
        this.tx = tx;
        this.carts = carts;
        this.outbox = outbox;
        this.mails = mails;
        this.delivery = delivery;
        this.cards = cards;
        this.clock = clock;
        this.cardTimeout = cardTimeout;
        this.transferTimeout = transferTimeout;
    }

    /** Payment methods offered now: cards only when a card provider is configured. */
    public List<PaymentMethod> methods() {
        return cards.isPresent() ? List.of(PaymentMethod.COD, PaymentMethod.VIETQR, PaymentMethod.STRIPE)
                : List.of(PaymentMethod.COD, PaymentMethod.VIETQR);
    }

    /** The review step: the cart split per producer, with shipping to the given province. */
    public Quote quote(String cartToken, @Nullable String deliveryProvince) {
        Carts.CartView cart = carts.view(cartToken);
        List<CartLine> blocked = cart.lines().stream().filter(CartLine::blocked).toList();
        Map<Long, List<CartLine>> byProducer = cart.lines().stream().filter(l -> !l.blocked())
                .collect(Collectors.groupingBy(CartLine::producerId, LinkedHashMap::new, Collectors.toList()));
        List<Shipment> shipments = new ArrayList<>();
        for (List<CartLine> lines : byProducer.values()) {
            CartLine first = lines.get(0);
            int grams = (int) Math.min(Integer.MAX_VALUE, lines.stream().mapToLong(CartLine::totalWeightGrams).sum());
            long goods = Vnd.saturatedSum(lines.stream().mapToLong(CartLine::subtotalVnd));
            DeliveryRules.Fee fee = delivery.fee(first.producerProvince(), deliveryProvince, grams, goods);
            shipments.add(new Shipment(first.producerId(), first.producerName(), first.producerProvince(), lines, grams,
                    goods, fee.vnd(), fee.rule()));
        }
        return new Quote(shipments, blocked);
    }

    /**
     * Places the checkout, or answers the one already placed with the same request key. Refuses
     * with field errors when the form is invalid, the cart is empty or blocked, a product lost its
     * certificate, stock ran out, or the total differs from the one reviewed.
     */
    public Placed place(PlaceOrder request) {
        DeliveryAddress address = delivery.check(request, cards.isPresent());
        Optional<Placed> earlier = byRequestKey(request.requestKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return tx.executeWrite(status -> placeNow(request, address));
        } catch (RuntimeException e) {
            if (Sql.violates(e, "uq_checkout_request")) {
                // A concurrent submit of the same form won; answer its checkout.
                return byRequestKey(request.requestKey()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /**
     * Opens (or reopens) the card payment of a checkout placed with {@link PaymentMethod#STRIPE};
     * the provider's idempotency makes a second call return the same payment.
     */
    public PaymentGateway.PaymentSession cardPayment(String checkoutToken) {
        PaymentGateway gateway = cards.orElseThrow(() -> new NotFoundException("Card payments are not enabled"));
        record Due(long id, long total, String email, PaymentMethod method, PaymentStatus status) {
        }
        Due due = sql.one("SELECT id, total_vnd, email, payment_method, payment_status FROM checkout WHERE token = ?",
                        rs -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                PaymentMethod.valueOf(rs.getString(4)), PaymentStatus.valueOf(rs.getString(5))),
                        checkoutToken)
                .orElseThrow(() -> new NotFoundException("No checkout " + checkoutToken));
        if (due.method() != PaymentMethod.STRIPE) {
            throw InvalidInputException.of("method", "Đơn hàng này không thanh toán bằng thẻ.",
                    "This checkout is not paid by card.");
        }
        if (due.status() != PaymentStatus.AWAITING && due.status() != PaymentStatus.FAILED) {
            throw InvalidInputException.of("payment", "Đơn hàng này không còn chờ thanh toán.",
                    "This checkout is no longer awaiting payment.");
        }
        PaymentGateway.PaymentSession session = gateway.open(due.id(), due.total(),
                Messages.text(Messages.VIETNAMESE, "payment.card.description", Long.toString(due.id())), due.email());
        tx.executeWrite(status -> sql.update("UPDATE checkout SET payment_reference = ? WHERE id = ?",
                session.reference(), due.id()));
        return session;
    }

    private Placed placeNow(PlaceOrder request, DeliveryAddress a) {
        Instant now = clock.instant();
        String token = Carts.newToken();
        Instant payBefore = switch (request.method()) {
            case COD -> null;
            case STRIPE -> now.plus(cardTimeout);
            case VIETQR -> now.plus(transferTimeout);
        };
        PaymentStatus initial = request.method() == PaymentMethod.COD ? PaymentStatus.UNPAID : PaymentStatus.AWAITING;
        // First, so that a second submit of the same form waits here and then finds this one.
        long checkoutId = sql.insert("""
                INSERT INTO checkout (token, request_key, user_id, contact_name, email, phone, province_code,
                  province_name, commune_code, commune_name, street, note, payment_method, payment_status,
                  goods_vnd, shipping_vnd, total_vnd, created_at, pay_before)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)""",
                token, request.requestKey(), request.userId(), a.contactName(), a.email(),
                a.phone(), a.provinceCode(), a.provinceName(), a.communeCode(),
                a.communeName(), a.street(), blankToNull(request.note()), request.method(), initial, now, payBefore);

        Quote quote = quote(request.cartToken(), a.provinceName());
        if (!quote.blocked().isEmpty()) {
            CartLine first = quote.blocked().get(0);
            throw InvalidInputException.of("cart", first.productName() + ": " + Messages.text(Messages.VIETNAMESE, "cart.problem." + first.problem().name()),
                    first.productName() + ": " + Messages.text(Locale.ENGLISH, "cart.problem." + first.problem().name()));
        }
        if (quote.shipments().isEmpty()) {
            throw InvalidInputException.of("cart", "Giỏ hàng đang trống.", "The cart is empty.");
        }
        if (!quote.withinLimit()) {
            throw tooLarge();
        }
        if (request.expectedTotalVnd() != null && request.expectedTotalVnd() != quote.totalVnd()) {
            throw InvalidInputException.of("total",
                    "Tổng tiền đã thay đổi thành " + Vnd.format(quote.totalVnd()) + ", vui lòng xem lại đơn hàng.",
                    "The total changed to " + Vnd.format(quote.totalVnd()) + "; please review the order again.");
        }
        reserve(quote, now);

        String day = DateTimeFormatter.ofPattern("yyMMdd").format(now.atZone(VIETNAM));
        int n = 0;
        for (Shipment s : quote.shipments()) {
            n++;
            String number = "OC" + day + "-" + checkoutId + "-" + n;
            long orderId = sql.insert("""
                    INSERT INTO customer_order (checkout_id, producer_id, number, status, payment_status, goods_vnd,
                      shipping_vnd, total_vnd, shipping_rule, weight_grams, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    checkoutId, s.producerId(), number, OrderStatus.PLACED, initial, s.goodsVnd(), s.shippingVnd(),
                    s.totalVnd(), s.shippingRule(), s.weightGrams(), now, now);
            for (CartLine l : s.lines()) {
                sql.update("""
                        INSERT INTO order_line (order_id, product_id, product_name, unit_price_vnd, quantity, stars,
                          certificate_number)
                        SELECT ?, p.id, p.name, p.price_vnd, ?, c.stars, c.certificate_number
                        FROM product p JOIN certificate c ON c.id = p.current_certificate_id WHERE p.id = ?""",
                        orderId, l.quantity(), l.productId());
            }
            sql.update("INSERT INTO order_event (order_id, from_status, to_status, payment_status, actor, note, at) "
                    + "VALUES (?, NULL, ?, ?, ?, ?, ?)", orderId, OrderStatus.PLACED, initial,
                    a.email(), Messages.text(Messages.VIETNAMESE, "payment.method." + request.method().name()), now);
        }
        sql.update("UPDATE checkout SET goods_vnd = ?, shipping_vnd = ?, total_vnd = ? WHERE id = ?",
                quote.goodsVnd(), quote.shippingVnd(), quote.totalVnd(), checkoutId);
        carts.clear(request.cartToken());
        if (request.userId() != null) {
            rememberAddress(request.userId(), a, now);
        }
        mails.placed(checkoutId);
        return new Placed(checkoutId, token, false);
    }

    /** Takes the stock of every line, in product id order (no deadlock between two checkouts). */
    private void reserve(Quote quote, Instant now) {
        List<CartLine> lines = quote.shipments().stream().flatMap(s -> s.lines().stream())
                .sorted(Comparator.comparingLong(CartLine::productId)).toList();
        for (CartLine l : lines) {
            int taken = sql.update("""
                    UPDATE product p JOIN certificate c ON c.id = p.current_certificate_id
                    SET p.stock = p.stock - ?
                    WHERE p.id = ? AND p.stock >= ? AND %s""".formatted(Listing.LISTABLE_SQL),
                    l.quantity(), l.productId(), l.quantity(), now);
            if (taken == 0) {
                throw refusal(l, now);
            }
            outbox.append("product", l.productId(), "StockChanged");
        }
    }

    private InvalidInputException refusal(CartLine line, Instant now) {
        record State(int stock, boolean listable) {
        }
        State state = sql.one("""
                SELECT p.stock, (c.id IS NOT NULL AND %s) FROM product p
                LEFT JOIN certificate c ON c.id = p.current_certificate_id WHERE p.id = ?""".formatted(Listing.LISTABLE_SQL),
                rs -> new State(rs.getInt(1), rs.getBoolean(2)), now, line.productId()).orElse(new State(0, false));
        if (!state.listable()) {
            return InvalidInputException.of("cart",
                    line.productName() + ": " + Messages.text(Messages.VIETNAMESE, "cart.problem." + CartLine.Problem.NOT_CERTIFIED.name()),
                    line.productName() + ": " + Messages.text(Locale.ENGLISH, "cart.problem." + CartLine.Problem.NOT_CERTIFIED.name()));
        }
        return InvalidInputException.of("cart",
                line.productName() + ": chỉ còn " + state.stock() + " sản phẩm, không đủ " + line.quantity() + ".",
                line.productName() + ": only " + state.stock() + " left, not enough for " + line.quantity() + ".");
    }

    private void rememberAddress(long userId, DeliveryAddress a, Instant now) {
        sql.update("""
                INSERT INTO customer_address (user_id, contact_name, phone, province_code, province_name, commune_code,
                  commune_name, street, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE contact_name = VALUES(contact_name), last_used_at = VALUES(last_used_at)""",
                userId, a.contactName(), a.phone(), a.provinceCode(), a.provinceName(),
                a.communeCode(), a.communeName(), a.street(), now);
    }

    private Optional<Placed> byRequestKey(String key) {
        return tx.executeRead(status -> sql.one("SELECT id, token FROM checkout WHERE request_key = ?",
                rs -> new Placed(rs.getLong(1), rs.getString(2), true), key));
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The refusal of a checkout above {@link Vnd#MAX_CHECKOUT_TOTAL}. */
    public static InvalidInputException tooLarge() {
        return InvalidInputException.of("total",
                "Tổng đơn hàng vượt quá " + Vnd.format(Vnd.MAX_CHECKOUT_TOTAL) + " cho một lần đặt; vui lòng chia thành nhiều đơn.",
                "The order total is above " + Vnd.format(Vnd.MAX_CHECKOUT_TOTAL) + " per checkout; please split it into several orders.");
    }
}
