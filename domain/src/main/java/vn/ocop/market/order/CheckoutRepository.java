package vn.ocop.market.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Checkouts: placing, their payment state, and the shopper's view of them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CheckoutRepository extends GenericRepository<CheckoutRecord, Long> {

    /** A checkout as its page shows it, without its orders. */
    @Introspected
    record Head(long id, String token, @Nullable Long userId, String contactName, String email, String phone,
                String address, PaymentMethod paymentMethod, PaymentStatus paymentStatus,
                @Nullable String paymentReference, long goodsVnd, long shippingVnd, long totalVnd, Instant createdAt,
                @Nullable Instant payBefore) {
    }

    /** What a card payment needs to open. */
    @Introspected
    record Due(long id, long totalVnd, String email, PaymentMethod paymentMethod, PaymentStatus paymentStatus) {
    }

    /** A checkout found by its request key. */
    @Introspected
    record Key(long id, String token) {
    }

    /** A checkout a payment event is about, locked. */
    @Introspected
    record Target(long id, long totalVnd, PaymentStatus paymentStatus) {
    }

    String HEAD_SELECT = """
            SELECT id, token, user_id, contact_name, email, phone,
                   CONCAT(street, ', ', commune_name, ', ', province_name) AS address, payment_method, payment_status,
                   payment_reference, goods_vnd, shipping_vnd, total_vnd, created_at, pay_before
            FROM checkout""";

    CheckoutRecord save(CheckoutRecord checkout);

    @Query("SELECT id, token FROM checkout WHERE request_key = :requestKey")
    Optional<Key> findKey(String requestKey);

    @Query("SELECT id FROM checkout WHERE token = :token")
    Optional<Long> idByToken(String token);

    @Query("SELECT id, total_vnd, email, payment_method, payment_status FROM checkout WHERE token = :token")
    Optional<Due> due(String token);

    @Query(HEAD_SELECT + " WHERE id = :id")
    Optional<Head> head(long id);

    @Query(HEAD_SELECT + " WHERE user_id = :userId ORDER BY id DESC LIMIT 100")
    List<Head> headsOfUser(long userId);

    @Query("SELECT payment_reference FROM checkout WHERE id = :id AND payment_reference IS NOT NULL")
    Optional<String> paymentReference(long id);

    @Query("UPDATE checkout SET payment_reference = :reference WHERE id = :id")
    int setPaymentReference(long id, String reference);

    @Query("UPDATE checkout SET payment_reference = COALESCE(payment_reference, :reference) WHERE id = :id")
    int keepPaymentReference(long id, String reference);

    @Query("""
            UPDATE checkout SET goods_vnd = :goodsVnd, shipping_vnd = :shippingVnd, discount_vnd = :discountVnd,
                   total_vnd = :totalVnd WHERE id = :id""")
    int setTotals(long id, long goodsVnd, long shippingVnd, long discountVnd, long totalVnd);

    @Query("UPDATE checkout SET payment_status = :status WHERE id = :id")
    int setPaymentStatus(long id, PaymentStatus status);

    /** Marks the checkout paid once every order still standing is. */
    @Query("""
            UPDATE checkout SET payment_status = :paid WHERE id = :id AND NOT EXISTS (SELECT 1 FROM customer_order o
            WHERE o.checkout_id = :id AND o.payment_status <> :paid AND o.status NOT IN (:cancelled, :refunded))""")
    int markPaidWhenAllPaid(long id, PaymentStatus paid, OrderStatus cancelled, OrderStatus refunded);

    /** Closes the payment of a checkout still waiting for it. */
    @Query("UPDATE checkout SET payment_status = :status WHERE id = :id AND payment_status IN ('AWAITING', 'FAILED')")
    int closeWaiting(long id, PaymentStatus status);

    @Query("SELECT id, total_vnd, payment_status FROM checkout WHERE id = :id AND payment_method = 'STRIPE' FOR UPDATE")
    Optional<Target> lockCardCheckout(long id);

    @Query("SELECT id, total_vnd, payment_status FROM checkout WHERE payment_reference = :reference FOR UPDATE")
    Optional<Target> lockByReference(String reference);

    @Query("""
            SELECT id FROM checkout WHERE payment_status IN ('AWAITING', 'FAILED')
            AND pay_before IS NOT NULL AND pay_before <= :now ORDER BY id LIMIT 500""")
    List<Long> overdue(Instant now);

    /** A checkout placed without an account: what the claim list shows. */
    @Introspected
    record Unclaimed(long id, String token, Instant createdAt, PaymentMethod paymentMethod, long totalVnd) {
    }

    /** Checkouts placed as a guest with this e-mail (lower case), newest first. */
    @Query("""
            SELECT id, token, created_at, payment_method, total_vnd FROM checkout
            WHERE user_id IS NULL AND LOWER(email) = :email ORDER BY id DESC LIMIT 50""")
    List<Unclaimed> unclaimedOf(String email);

    /** Attaches a guest checkout to an account, only while it has none and carries that e-mail. */
    @Query("UPDATE checkout SET user_id = :userId WHERE id = :id AND user_id IS NULL AND LOWER(email) = :email")
    int claim(long id, long userId, String email);
}
