package vn.ocop.market.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Orders, their lines and their history. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderRepository extends GenericRepository<OrderRecord, Long> {

    /** An order with its checkout's contact and payment method, without lines and history. */
    @Introspected
    record Head(long id, String number, long checkoutId, long producerId, String producerName, OrderStatus status,
                PaymentStatus paymentStatus, PaymentMethod paymentMethod, long goodsVnd, long shippingVnd,
                long totalVnd, String shippingRule, int weightGrams, Instant createdAt, String contactName,
                String phone, String email, String address) {
    }

    /** One line of an order. */
    @Introspected
    record LineRow(long orderId, long productId, String productName, long unitPriceVnd, int quantity, int stars,
                   String certificateNumber, @Nullable Long variantId, @Nullable String variantLabel) {
    }

    /** One step of an order's history. */
    @Introspected
    record EventRow(long orderId, @Nullable OrderStatus fromStatus, OrderStatus toStatus, PaymentStatus paymentStatus,
                    String actor, @Nullable String note, Instant at) {
    }

    String HEAD_SELECT = """
            SELECT o.id, o.number, o.checkout_id, o.producer_id, pr.name AS producer_name, o.status, o.payment_status,
                   c.payment_method, o.goods_vnd, o.shipping_vnd, o.total_vnd, o.shipping_rule, o.weight_grams,
                   o.created_at, c.contact_name, c.phone, c.email,
                   CONCAT(c.street, ', ', c.commune_name, ', ', c.province_name) AS address
            FROM customer_order o JOIN checkout c ON c.id = o.checkout_id JOIN producer pr ON pr.id = o.producer_id
            """;

    /** The console's scope: a producer's own orders (or every producer's), in one status (or all). */
    String SCOPE = " WHERE (:producerId IS NULL OR o.producer_id = :producerId) AND (:status IS NULL OR o.status = :status)";

    OrderRecord save(OrderRecord order);

    @Query(HEAD_SELECT + SCOPE + " ORDER BY o.id DESC LIMIT :limit OFFSET :offset")
    List<Head> page(@Nullable Long producerId, @Nullable OrderStatus status, int limit, int offset);

    @Query("SELECT COUNT(*) FROM customer_order o" + SCOPE)
    long count(@Nullable Long producerId, @Nullable OrderStatus status);

    @Query(HEAD_SELECT + " WHERE o.id = :id")
    List<Head> byId(long id);

    @Query(HEAD_SELECT + " WHERE o.checkout_id = :checkoutId ORDER BY o.id")
    List<Head> ofCheckout(long checkoutId);

    @Query(HEAD_SELECT + " WHERE o.checkout_id IN (:checkoutIds) ORDER BY o.id")
    List<Head> ofCheckouts(List<Long> checkoutIds);

    @Query("""
            SELECT order_id, product_id, product_name, unit_price_vnd, quantity, stars, certificate_number,
                   variant_id, variant_label
            FROM order_line WHERE order_id IN (:orderIds) ORDER BY id""")
    List<LineRow> lines(List<Long> orderIds);

    @Query("""
            SELECT order_id, from_status, to_status, payment_status, actor, note, at
            FROM order_event WHERE order_id IN (:orderIds) ORDER BY id""")
    List<EventRow> events(List<Long> orderIds);

    /**
     * Writes an order line with the product's name, price and certificate as they are now (the
     * variant's price and label when a variant is bought).
     */
    @Query("""
            INSERT INTO order_line (order_id, product_id, product_name, unit_price_vnd, quantity, stars,
              certificate_number, variant_id, variant_label)
            SELECT :orderId, p.id, p.name, COALESCE(v.price_vnd, p.price_vnd), :quantity, c.stars, c.certificate_number,
                   v.id, v.label
            FROM product p JOIN certificate c ON c.id = p.current_certificate_id
            LEFT JOIN product_variant v ON v.id = :variantId AND v.product_id = p.id
            WHERE p.id = :productId""")
    int insertLine(long orderId, long productId, @Nullable Long variantId, int quantity);

    /** Writes an order line bought at a live event's price, with the live item it was bought from. */
    @Query("""
            INSERT INTO order_line (order_id, product_id, product_name, unit_price_vnd, quantity, stars,
              certificate_number, variant_id, variant_label, live_item_id)
            SELECT :orderId, p.id, p.name, :unitPriceVnd, :quantity, c.stars, c.certificate_number,
                   v.id, v.label, :liveItemId
            FROM product p JOIN certificate c ON c.id = p.current_certificate_id
            LEFT JOIN product_variant v ON v.id = :variantId AND v.product_id = p.id
            WHERE p.id = :productId""")
    int insertLineAt(long orderId, long productId, @Nullable Long variantId, int quantity, long unitPriceVnd,
                     long liveItemId);

    @Query("""
            INSERT INTO order_event (order_id, from_status, to_status, payment_status, actor, note, at)
            VALUES (:orderId, :fromStatus, :toStatus, :paymentStatus, :actor, :note, :at)""")
    int insertEvent(long orderId, @Nullable OrderStatus fromStatus, OrderStatus toStatus, PaymentStatus paymentStatus,
                    String actor, @Nullable String note, Instant at);

    /** Moves an order on from the status it was read in; 0 when someone else moved it first. */
    @Query("""
            UPDATE customer_order SET status = :target, payment_status = :payment, updated_at = :now
            WHERE id = :id AND status = :from""")
    int move(long id, OrderStatus from, OrderStatus target, PaymentStatus payment, Instant now);

    @Query("""
            UPDATE customer_order SET payment_status = :payment, updated_at = :now
            WHERE id = :id AND payment_status = :expected""")
    int setPaymentStatusFrom(long id, PaymentStatus expected, PaymentStatus payment, Instant now);

    @Query("UPDATE customer_order SET payment_status = :payment, updated_at = :now WHERE id = :id")
    int setPaymentStatus(long id, PaymentStatus payment, Instant now);

    @Query("""
            SELECT id FROM customer_order
            WHERE checkout_id = :checkoutId AND status = :status AND payment_status = :payment""")
    List<Long> idsOf(long checkoutId, OrderStatus status, PaymentStatus payment);

    @Query("SELECT id FROM customer_order WHERE checkout_id = :checkoutId ORDER BY id FOR UPDATE")
    List<Long> lockIdsOf(long checkoutId);
}
