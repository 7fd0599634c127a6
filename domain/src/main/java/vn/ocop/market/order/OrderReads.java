package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.NotFoundException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads orders with their lines and history. Lines and events of a whole page are fetched with one
 * {@code IN (...)} query each and grouped in memory, so a page costs three statements whatever its
 * size (it used to cost two more per order).
 */
@Singleton
public class OrderReads {

    /** The largest page a console grid may ask for; a bigger request is cut to it. */
    public static final int MAX_PAGE = 1000;

    private final OrderRepository orders;

    OrderReads(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * One page of the orders a console user may see, newest first: a producer only its own (the
     * producer id comes from the signed-in user, never from the caller), officers all (admins manage people, not orders).
     */
    @Transactional(readOnly = true)
    public List<Order> page(SignedInUser user, @Nullable OrderStatus status, int offset, int limit) {
        if (noProducer(user)) {
            return List.of();
        }
        return withDetails(orders.page(producerScope(user), status, Math.max(0, Math.min(limit, MAX_PAGE)),
                Math.max(0, offset)));
    }

    /** How many orders {@link #page} can reach for this user and status. */
    @Transactional(readOnly = true)
    public long count(SignedInUser user, @Nullable OrderStatus status) {
        return noProducer(user) ? 0 : orders.count(producerScope(user), status);
    }

    /**
     * One order by id, with its lines and history (also inside a writing transaction). Not public:
     * {@link Orders} checks who may see it before handing it out.
     */
    @Transactional
    Optional<Order> byId(long orderId) {
        return withDetails(orders.byId(orderId)).stream().findFirst();
    }

    /** The orders of one checkout, in the order they were placed; {@link Orders} checks the checkout's token. */
    @Transactional
    List<Order> ofCheckout(long checkoutId) {
        return withDetails(orders.ofCheckout(checkoutId));
    }

    /** The orders of several checkouts, grouped by checkout, in one pass (three statements). */
    @Transactional
    Map<Long, List<Order>> ofCheckouts(List<Long> checkoutIds) {
        if (checkoutIds.isEmpty()) {
            return Map.of();
        }
        return withDetails(orders.ofCheckouts(checkoutIds)).stream().collect(Collectors.groupingBy(Order::checkoutId));
    }

    /** The producer whose orders a console user sees: its own for a producer, null (every one) for officers. */
    private static @Nullable Long producerScope(SignedInUser user) {
        return user.role() == Role.PRODUCER ? user.producerId() : null;
    }

    /** Refuses users who see no orders; answers whether this one is a producer account without a producer. */
    private static boolean noProducer(SignedInUser user) {
        if (!user.hasRole(Role.PRODUCER, Role.OFFICER)) {
            throw new NotFoundException("No orders for this account");
        }
        return user.role() == Role.PRODUCER && user.producerId() == null;
    }

    /** The headers completed with their lines and events: two statements for the whole list. */
    private List<Order> withDetails(List<OrderRepository.Head> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = headers.stream().map(OrderRepository.Head::id).toList();
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        for (OrderRepository.LineRow l : orders.lines(ids)) {
            lines.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(new OrderLine(l.productId(), l.productName(),
                    l.unitPriceVnd(), l.quantity(), l.stars(), l.certificateNumber(), l.variantId(), l.variantLabel()));
        }
        Map<Long, List<OrderEvent>> events = new HashMap<>();
        for (OrderRepository.EventRow e : orders.events(ids)) {
            events.computeIfAbsent(e.orderId(), k -> new ArrayList<>()).add(new OrderEvent(e.fromStatus(), e.toStatus(),
                    e.paymentStatus(), e.actor(), e.note(), e.at()));
        }
        return headers.stream().map(o -> new Order(o.id(), o.number(), o.checkoutId(), o.producerId(), o.producerName(),
                o.status(), o.paymentStatus(), o.paymentMethod(), o.goodsVnd(), o.shippingVnd(), o.totalVnd(),
                o.shippingRule(), o.weightGrams(), o.createdAt(), o.contactName(), o.phone(), o.email(), o.address(),
                List.copyOf(lines.getOrDefault(o.id(), List.of())), List.copyOf(events.getOrDefault(o.id(), List.of()))))
                .toList();
    }
}
