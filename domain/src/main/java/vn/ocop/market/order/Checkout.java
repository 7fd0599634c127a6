package vn.ocop.market.order;

import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.shared.ConflictRetry;
import vn.ocop.market.shared.Constraints;
import vn.ocop.market.product.Stock;
import vn.ocop.market.traceability.BatchAllocations;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a cart into one order per producer, grouped under one checkout. Everything happens in one
 * transaction: the checkout row first (its unique request key turns a double submit into the
 * same checkout), then, product by product in id order, a conditional update that takes the stock
 * only if enough is left and the certificate is valid now, then the live offers and the voucher's
 * discount ({@link CheckoutPromotions}), the orders, lines, history, the index outbox and the e-mails. Any refusal rolls all of it back: no half-written order, no stock
 * taken.
 */
@Singleton
public class Checkout {

    /** A placed checkout: its id and the token of its page. */
    public record Placed(long checkoutId, String token, boolean alreadyPlaced) {
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CheckoutRepository checkouts;
    private final OrderRepository orders;
    private final CustomerAddressRepository addresses;
    private final TransactionOperations<Connection> tx;
    private final ConflictRetry retry;
    private final Carts carts;
    private final Stock stock;
    private final BatchAllocations batches;
    private final OrderMails mails;
    private final DeliveryRules delivery;
    private final Optional<PaymentGateway> cards;
    private final CheckoutPromotions promotions;
    private final Clock clock;
    private final Duration cardTimeout;
    private final Duration transferTimeout;

    Checkout(CheckoutRepository checkouts, OrderRepository orders, CustomerAddressRepository addresses,
             TransactionOperations<Connection> tx, ConflictRetry retry, Carts carts, Stock stock, BatchAllocations batches,
             OrderMails mails, DeliveryRules delivery, Optional<PaymentGateway> cards,
             CheckoutPromotions promotions, Clock clock,
             @Value("${ocop.payment.card-timeout:30m}") Duration cardTimeout,
             @Value("${ocop.payment.transfer-timeout:48h}") Duration transferTimeout) {
        this.checkouts = checkouts;
        this.orders = orders;
        this.addresses = addresses;
        this.tx = tx;
        this.retry = retry;
        this.carts = carts;
        this.stock = stock;
        this.batches = batches;
        this.mails = mails;
        this.delivery = delivery;
        this.cards = cards;
        this.promotions = promotions;
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
        return quote(cartToken, deliveryProvince, null, null);
    }

    /**
     * The review step with the discount the cart gets now: the voucher code's (refused with an
     * error on {@code voucher} when it cannot be used), or an automatic one.
     */
    public Quote quote(String cartToken, @Nullable String deliveryProvince, @Nullable String voucherCode,
                       @Nullable CheckoutDiscounts.Buyer buyer) {
        Quote plain = plainQuote(cartToken, deliveryProvince);
        return plain.shipments().isEmpty() || !plain.blocked().isEmpty() ? plain
                : plain.with(promotions.discount(voucherCode, buyer, plain, clock.instant()).orElse(null));
    }

    private Quote plainQuote(String cartToken, @Nullable String deliveryProvince) {
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
        String outcome = "refused";
        try {
            Placed placed = placeChecked(request);
            outcome = placed.alreadyPlaced() ? "repeated" : "placed";
            return placed;
        } catch (RuntimeException e) {
            outcome = e instanceof InvalidInputException ? "refused" : "failed";
            throw e;
        } finally {
            Metrics.counter("ocop.checkouts", "outcome", outcome, "method", String.valueOf(request.method())).increment();
        }
    }

    private Placed placeChecked(PlaceOrder request) {
        DeliveryAddress address = delivery.check(request, cards.isPresent());
        Optional<Placed> earlier = byRequestKey(request.requestKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return retry.write("checkout", status -> placeNow(request, address));
        } catch (RuntimeException e) {
            if (Constraints.violates(e, "uq_checkout_request")) {
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
        CheckoutRepository.Due due = checkouts.due(checkoutToken)
                .orElseThrow(() -> new NotFoundException("No checkout " + checkoutToken));
        if (due.paymentMethod() != PaymentMethod.STRIPE) {
            throw InvalidInputException.of("method", "order.checkout.notCardPaid");
        }
        if (due.paymentStatus() != PaymentStatus.AWAITING && due.paymentStatus() != PaymentStatus.FAILED) {
            throw InvalidInputException.of("payment", "order.checkout.notAwaitingPayment");
        }
        PaymentGateway.PaymentSession session = gateway.open(due.id(), due.totalVnd(),
                Messages.text(Messages.VIETNAMESE, "payment.card.description", Long.toString(due.id())), due.email());
        tx.executeWrite(status -> checkouts.setPaymentReference(due.id(), session.reference()));
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
        long checkoutId = checkouts.save(new CheckoutRecord(null, token, request.requestKey(), request.userId(),
                a.contactName(), a.email(), a.phone(), a.provinceCode(), a.provinceName(), a.communeCode(),
                a.communeName(), a.street(), blankToNull(request.note()), request.method(), initial, null, 0, 0, 0,
                now, payBefore)).id();

        Quote quote = plainQuote(request.cartToken(), a.provinceName());
        if (!quote.blocked().isEmpty()) {
            CartLine first = quote.blocked().get(0);
            throw InvalidInputException.of("cart", "order.checkout.lineProblem", first.title(),
                    Localized.key("cart.problem." + first.problem().name()));
        }
        if (quote.shipments().isEmpty()) {
            throw InvalidInputException.of("cart", "order.checkout.cartEmpty");
        }
        if (!quote.withinLimit()) {
            throw tooLarge();
        }
        quote = quote.with(promotions.discount(request.voucherCode(), request.buyer(), quote, now).orElse(null));
        if (request.expectedTotalVnd() != null && request.expectedTotalVnd() != quote.totalVnd()) {
            throw InvalidInputException.of("total", "order.checkout.totalChanged", Vnd.format(quote.totalVnd()));
        }
        reserve(quote, now);
        promotions.claimOffers(quote, request.buyer(), now);

        Map<Long, Long> orderIds = new LinkedHashMap<>();
        String day = DateTimeFormatter.ofPattern("yyMMdd").format(now.atZone(VIETNAM));
        int n = 0;
        for (Shipment s : quote.shipments()) {
            n++;
            String number = "OC" + day + "-" + checkoutId + "-" + n;
            OrderRecord order = orders.save(new OrderRecord(null, checkoutId, s.producerId(), number,
                    OrderStatus.PLACED, initial, s.goodsVnd(), s.shippingVnd(), quote.discountOf(s.producerId()),
                    s.totalVnd() - quote.discountOf(s.producerId()), s.shippingRule(), s.weightGrams(), now, now));
            long orderId = order.id();
            orderIds.put(s.producerId(), orderId);
            for (CartLine l : s.lines()) {
                if (l.liveItemId() == null) {
                    orders.insertLine(orderId, l.productId(), l.variantId(), l.quantity());
                } else {
                    orders.insertLineAt(orderId, l.productId(), l.variantId(), l.quantity(), l.unitPriceVnd(),
                            l.liveItemId());
                }
                // The batches it ships from, first-expiring first (traced on the shopper's order page).
                batches.allocate(orderId, l.productId(), l.variantId(), l.quantity());
            }
            orders.insertEvent(orderId, null, OrderStatus.PLACED, initial, a.email(),
                    Messages.text(Messages.VIETNAMESE, "payment.method." + request.method().name()), now);
            orders.markSalesDay(orderId);
        }
        promotions.claimDiscount(quote, request.buyer(), checkoutId, orderIds, now);
        checkouts.setTotals(checkoutId, quote.goodsVnd(), quote.shippingVnd(), quote.discountVnd(), quote.totalVnd());
        carts.clear(request.cartToken());
        if (request.userId() != null) {
            rememberAddress(request.userId(), a, now);
        }
        mails.placed(checkoutId);
        return new Placed(checkoutId, token, false);
    }

    /** Takes the stock of every line (a variant's own stock for a variant), in {@link Stock#LOCK_ORDER}. */
    private void reserve(Quote quote, Instant now) {
        List<CartLine> lines = quote.shipments().stream().flatMap(s -> s.lines().stream()).toList();
        Optional<Stock.Shortfall> refused = stock.reserve(
                lines.stream().map(l -> new Stock.Take(l.productId(), l.variantId(), l.quantity())).toList(), now);
        if (refused.isPresent()) {
            Stock.Shortfall s = refused.get();
            throw refusal(lines.stream().filter(l -> l.productId() == s.productId()
                            && Objects.equals(l.variantId(), s.variantId()) && l.quantity() == s.quantity())
                    .findFirst().orElseThrow(), s);
        }
    }

    private InvalidInputException refusal(CartLine line, Stock.Shortfall state) {
        if (!state.listable()) {
            return InvalidInputException.of("cart", "order.checkout.lineProblem", line.title(),
                    Localized.key("cart.problem." + CartLine.Problem.NOT_CERTIFIED.name()));
        }
        return InvalidInputException.of("cart", "order.checkout.notEnoughStock",
                line.title(), state.stock(), line.quantity());
    }

    private void rememberAddress(long userId, DeliveryAddress a, Instant now) {
        addresses.remember(userId, a.contactName(), a.phone(), a.provinceCode(), a.provinceName(),
                a.communeCode(), a.communeName(), a.street(), now);
    }

    private Optional<Placed> byRequestKey(String key) {
        return tx.executeRead(status -> checkouts.findKey(key).map(k -> new Placed(k.id(), k.token(), true)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The refusal of a checkout above {@link Vnd#MAX_CHECKOUT_TOTAL}. */
    public static InvalidInputException tooLarge() {
        return InvalidInputException.of("total", "order.checkout.totalTooHigh", Vnd.format(Vnd.MAX_CHECKOUT_TOTAL));
    }
}
