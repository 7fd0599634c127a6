package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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

    private static final String ORDER_SELECT = """
            SELECT o.id, o.number, o.checkout_id, o.producer_id, pr.name AS producer_name, o.status, o.payment_status,
                   c.payment_method, o.goods_vnd, o.shipping_vnd, o.total_vnd, o.shipping_rule, o.weight_grams,
                   o.created_at, c.contact_name, c.phone, c.email,
                   CONCAT(c.street, ', ', c.commune_name, ', ', c.province_name) AS address
            FROM customer_order o JOIN checkout c ON c.id = o.checkout_id JOIN producer pr ON pr.id = o.producer_id
            """;
    /** The largest page a console grid may ask for; a bigger request is cut to it. */
    public static final int MAX_PAGE = 1000;

    private final Sql sql;

    OrderReads(Sql sql) {
        this.sql = sql;
    }

    /**
     * One page of the orders a console user may see, newest first: a producer only its own (the
     * producer id comes from the signed-in user, never from the caller), officers all (admins manage people, not orders).
     */
    @Transactional(readOnly = true)
    public List<Order> page(SignedInUser user, @Nullable OrderStatus status, int offset, int limit) {
        Scope scope = scope(user, status);
        List<Object> args = new ArrayList<>(scope.args());
        args.add(Math.max(0, Math.min(limit, MAX_PAGE)));
        args.add(Math.max(0, offset));
        return withDetails(sql.list(ORDER_SELECT + scope.where() + " ORDER BY o.id DESC LIMIT ? OFFSET ?",
                OrderReads::header, args.toArray()));
    }

    /** How many orders {@link #page} can reach for this user and status. */
    @Transactional(readOnly = true)
    public long count(SignedInUser user, @Nullable OrderStatus status) {
        Scope scope = scope(user, status);
        return sql.one("SELECT COUNT(*) AS n FROM customer_order o" + scope.where(), rs -> rs.getLong("n"),
                scope.args().toArray()).orElse(0L);
    }

    /**
     * One order by id, with its lines and history (also inside a writing transaction). Not public:
     * {@link Orders} checks who may see it before handing it out.
     */
    @Transactional
    Optional<Order> byId(long orderId) {
        return withDetails(sql.list(ORDER_SELECT + " WHERE o.id = ?", OrderReads::header, orderId)).stream().findFirst();
    }

    /** The orders of one checkout, in the order they were placed; {@link Orders} checks the checkout's token. */
    @Transactional
    List<Order> ofCheckout(long checkoutId) {
        return withDetails(sql.list(ORDER_SELECT + " WHERE o.checkout_id = ? ORDER BY o.id", OrderReads::header, checkoutId));
    }

    /** The orders of several checkouts, grouped by checkout, in one pass (three statements). */
    @Transactional
    Map<Long, List<Order>> ofCheckouts(List<Long> checkoutIds) {
        if (checkoutIds.isEmpty()) {
            return Map.of();
        }
        String in = checkoutIds.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
        return withDetails(sql.list(ORDER_SELECT + " WHERE o.checkout_id IN " + in + " ORDER BY o.id", OrderReads::header,
                checkoutIds.toArray())).stream().collect(Collectors.groupingBy(Order::checkoutId));
    }

    /** The WHERE clause is one of four fixed strings; every value is a bound parameter. */
    private static Scope scope(SignedInUser user, @Nullable OrderStatus status) {
        if (!user.hasRole(Role.PRODUCER, Role.OFFICER)) {
            throw new NotFoundException("No orders for this account");
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (user.role() == Role.PRODUCER) {
            where.append(" AND o.producer_id = ?");
            args.add(user.producerId());
        }
        if (status != null) {
            where.append(" AND o.status = ?");
            args.add(status);
        }
        return new Scope(where.toString(), args);
    }

    private record Scope(String where, List<Object> args) {
    }

    /** The headers completed with their lines and events: two statements for the whole list. */
    private List<Order> withDetails(List<Order> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Object[] ids = headers.stream().map(Order::id).toArray();
        String in = headers.stream().map(o -> "?").collect(Collectors.joining(", ", "(", ")"));
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        sql.list("SELECT order_id, product_id, product_name, unit_price_vnd, quantity, stars, certificate_number "
                + "FROM order_line WHERE order_id IN " + in + " ORDER BY id", rs -> {
            lines.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>()).add(new OrderLine(
                    rs.getLong("product_id"), rs.getString("product_name"), rs.getLong("unit_price_vnd"),
                    rs.getInt("quantity"), rs.getInt("stars"), rs.getString("certificate_number")));
            return null;
        }, ids);
        Map<Long, List<OrderEvent>> events = new HashMap<>();
        sql.list("SELECT order_id, from_status, to_status, payment_status, actor, note, at "
                + "FROM order_event WHERE order_id IN " + in + " ORDER BY id", rs -> {
            String from = rs.getString("from_status");
            events.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>()).add(new OrderEvent(
                    from == null ? null : OrderStatus.valueOf(from), OrderStatus.valueOf(rs.getString("to_status")),
                    PaymentStatus.valueOf(rs.getString("payment_status")), rs.getString("actor"), rs.getString("note"),
                    Sql.instant(rs, "at")));
            return null;
        }, ids);
        return headers.stream().map(o -> new Order(o.id(), o.number(), o.checkoutId(), o.producerId(), o.producerName(),
                o.status(), o.paymentStatus(), o.method(), o.goodsVnd(), o.shippingVnd(), o.totalVnd(), o.shippingRule(),
                o.weightGrams(), o.createdAt(), o.contactName(), o.phone(), o.email(), o.address(),
                List.copyOf(lines.getOrDefault(o.id(), List.of())), List.copyOf(events.getOrDefault(o.id(), List.of()))))
                .toList();
    }

    private static Order header(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getString("number"), rs.getLong("checkout_id"), rs.getLong("producer_id"),
                rs.getString("producer_name"), OrderStatus.valueOf(rs.getString("status")),
                PaymentStatus.valueOf(rs.getString("payment_status")), PaymentMethod.valueOf(rs.getString("payment_method")),
                rs.getLong("goods_vnd"), rs.getLong("shipping_vnd"), rs.getLong("total_vnd"), rs.getString("shipping_rule"),
                rs.getInt("weight_grams"), Sql.instant(rs, "created_at"), rs.getString("contact_name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("address"), Collections.emptyList(),
                Collections.emptyList());
    }
}
