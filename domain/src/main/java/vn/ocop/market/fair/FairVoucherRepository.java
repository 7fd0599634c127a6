package vn.ocop.market.fair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FairVoucherRepository extends GenericRepository<FairVoucherRepository.Voucher, Long> {

    /** A row of fair_voucher. */
    @MappedEntity("fair_voucher")
    record Voucher(@Id @GeneratedValue @Nullable Long id, long fairId, @Nullable String code, String name,
                   @Nullable Integer percentOff, @Nullable Long amountOffVnd, @Nullable Long maxOffVnd,
                   long budgetVnd, long spentVnd, int perBuyerLimit, Instant createdAt) {
    }

    /** A voucher with its fair's name and days. */
    @Introspected
    record Offer(long id, long fairId, @Nullable String code, String name, @Nullable Integer percentOff,
                 @Nullable Long amountOffVnd, @Nullable Long maxOffVnd, long budgetVnd, long spentVnd,
                 int perBuyerLimit, String fairName, LocalDate startsOn, LocalDate endsOn, String fairStatus) {
    }

    /** A booth's product at a fair: who brings it. */
    @Introspected
    record FairProduct(long producerId, long productId) {
    }

    /** A voucher's uses: how many orders, checkouts and how much it took off. */
    @Introspected
    record Usage(long voucherId, long orders, long checkouts, long discountVnd) {
    }

    String OFFER = """
            SELECT v.id, v.fair_id, v.code, v.name, v.percent_off, v.amount_off_vnd, v.max_off_vnd, v.budget_vnd,
                   v.spent_vnd, v.per_buyer_limit, f.name AS fair_name, f.starts_on, f.ends_on, f.status AS fair_status
            FROM fair_voucher v JOIN fair f ON f.id = v.fair_id""";

    /** A fair to pick in the console. */
    @Introspected
    record FairChoice(long id, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    Voucher save(Voucher voucher);

    @Query("SELECT id, name, starts_on, ends_on FROM fair WHERE status <> 'CANCELLED' ORDER BY starts_on DESC, id DESC LIMIT 200")
    List<FairChoice> fairs();

    @Query("SELECT id FROM fair WHERE id = :fairId")
    Optional<Long> byFair(long fairId);

    @Query(OFFER + " WHERE v.code = :code")
    Optional<Offer> byCode(String code);

    /** Automatic vouchers of published fairs running on {@code day}. */
    @Query(OFFER + " WHERE v.code IS NULL AND f.status = 'PUBLISHED' AND f.starts_on <= :day AND f.ends_on >= :day"
            + " ORDER BY v.id")
    List<Offer> automaticOn(LocalDate day);

    @Query(OFFER + " WHERE v.fair_id = :fairId ORDER BY v.id")
    List<Offer> ofFair(long fairId);

    @Query(OFFER + " WHERE v.id = :id")
    Optional<Offer> byId(long id);

    @Query("""
            SELECT b.producer_id, bp.product_id FROM fair_booth b JOIN fair_booth_product bp ON bp.booth_id = b.id
            WHERE b.fair_id = :fairId AND b.producer_id IS NOT NULL AND bp.product_id IN (:productIds)""")
    List<FairProduct> fairProducts(long fairId, Collection<Long> productIds);

    /** Takes {@code amount} from the budget only if it is still there: 1 when taken, 0 when not. */
    @Query("UPDATE fair_voucher SET spent_vnd = spent_vnd + :amount WHERE id = :id AND budget_vnd - spent_vnd >= :amount")
    int spend(long id, long amount);

    @Query("INSERT IGNORE INTO fair_voucher_buyer (voucher_id, buyer_key, uses) VALUES (:voucherId, :buyerKey, 0)")
    int ensureBuyer(long voucherId, String buyerKey);

    /** Counts one more use for the buyer only if under the limit: 1 when counted, 0 when not. */
    @Query("""
            UPDATE fair_voucher_buyer SET uses = uses + 1
            WHERE voucher_id = :voucherId AND buyer_key = :buyerKey AND uses < :limit""")
    int countUse(long voucherId, String buyerKey, int limit);

    @Query("SELECT COALESCE(MAX(uses), 0) FROM fair_voucher_buyer WHERE voucher_id = :voucherId AND buyer_key IN (:keys)")
    int usesOf(long voucherId, Collection<String> keys);

    @Query("""
            INSERT INTO fair_voucher_use (voucher_id, checkout_id, order_id, producer_id, discount_vnd, used_at)
            VALUES (:voucherId, :checkoutId, :orderId, :producerId, :discountVnd, :at)""")
    int recordUse(long voucherId, long checkoutId, long orderId, long producerId, long discountVnd, Instant at);

    @Query("""
            SELECT u.voucher_id, COUNT(*) AS orders, COUNT(DISTINCT u.checkout_id) AS checkouts,
                   COALESCE(SUM(u.discount_vnd), 0) AS discount_vnd
            FROM fair_voucher_use u JOIN fair_voucher v ON v.id = u.voucher_id
            WHERE v.fair_id = :fairId GROUP BY u.voucher_id""")
    List<Usage> usageOf(long fairId);
}
