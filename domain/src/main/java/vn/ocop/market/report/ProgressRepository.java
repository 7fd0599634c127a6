package vn.ocop.market.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.certification.Stars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the OCOP progress report, each counted and summed in SQL, grouped so that one query
 * answers a whole table. A producer belongs to the province it registered in ({@code producer.province},
 * the current name); a null province is the whole country. Orders are read from the daily sales
 * ({@code sales_day}, {@code sales_day_group}), which {@code order.DailySales} keeps.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgressRepository extends GenericRepository<ProgressRepository.ProducerRef, Long> {

    @MappedEntity("producer")
    record ProducerRef(@Id long id) {
    }

    /** Certified and listed products of one (stars, group, council level, province, commune). */
    @Introspected
    record ProductCount(int stars, String productGroup, String councilLevel, String province, @Nullable String commune,
                        long certified, long listed) {
    }

    /** Current certificates ending within 30, 60 and 90 days; revoked and ended in the period. */
    @Introspected
    record CertificateCounts(long within30, long within60, long within90, long revoked, long expired) {
    }

    /** A province's producers: certified, with a product listed now, with orders in the period. */
    @Introspected
    record ProducerCount(String province, long producers, long certified, long sellingOnline, long withOrders) {
    }

    /** Counted orders and their goods' value, by the producer's province. */
    @Introspected
    record OrderCount(String province, long orders, long revenueVnd) {
    }

    /** Counted orders holding a product of the group, and that group's goods' value. */
    @Introspected
    record GroupSales(String productGroup, long orders, long revenueVnd, long units) {
    }

    /** A current certificate of 3★ or more that is neither revoked nor ended. */
    String CERTIFIED = " (c.stars >= " + Stars.CERTIFIED_MINIMUM + " AND c.revoked = FALSE AND c.valid_until > :now) ";

    String IN_PROVINCE = " (:province IS NULL OR pr.province = :province) ";

    @Query(value = "SELECT c.stars, p.product_group, c.council_level, pr.province, pr.commune,"
            + " COUNT(*) AS certified, SUM(CASE WHEN " + Listing.LISTABLE_SQL + " THEN 1 ELSE 0 END) AS listed"
            + " FROM product p JOIN certificate c ON c.id = p.current_certificate_id JOIN producer pr ON pr.id = p.producer_id"
            + " WHERE" + CERTIFIED + "AND" + IN_PROVINCE
            + " GROUP BY c.stars, p.product_group, c.council_level, pr.province, pr.commune", nativeQuery = true)
    List<ProductCount> products(@Nullable String province, Instant now);

    @Query(value = "SELECT"
            + " COALESCE(SUM(CASE WHEN c.valid_until <= :in30 THEN 1 ELSE 0 END), 0) AS within30,"
            + " COALESCE(SUM(CASE WHEN c.valid_until <= :in60 THEN 1 ELSE 0 END), 0) AS within60,"
            + " COUNT(*) AS within90, 0 AS revoked, 0 AS expired"
            + " FROM product p JOIN certificate c ON c.id = p.current_certificate_id JOIN producer pr ON pr.id = p.producer_id"
            + " WHERE" + CERTIFIED + "AND c.valid_until <= :in90 AND" + IN_PROVINCE, nativeQuery = true)
    CertificateCounts expiring(@Nullable String province, Instant now, Instant in30, Instant in60, Instant in90);

    /** Certificates revoked in the period; and those whose validity ended in it unrevoked and unreplaced. */
    @Query(value = "SELECT 0 AS within30, 0 AS within60, 0 AS within90,"
            + " COALESCE(SUM(CASE WHEN c.revoked = TRUE AND c.revoked_at >= :start AND c.revoked_at < :end THEN 1 ELSE 0 END), 0) AS revoked,"
            + " COALESCE(SUM(CASE WHEN c.revoked = FALSE AND c.superseded_by IS NULL AND c.stars >= " + Stars.CERTIFIED_MINIMUM
            + " AND c.valid_until >= :start AND c.valid_until < LEAST(:end, :now) THEN 1 ELSE 0 END), 0) AS expired"
            + " FROM certificate c JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id"
            + " WHERE ((c.revoked_at >= :start AND c.revoked_at < :end) OR (c.valid_until >= :start AND c.valid_until < LEAST(:end, :now)))"
            + " AND" + IN_PROVINCE, nativeQuery = true)
    CertificateCounts ended(@Nullable String province, Instant start, Instant end, Instant now);

    @Query(value = "SELECT pr.province, COUNT(*) AS producers,"
            + " SUM(EXISTS(SELECT 1 FROM product p JOIN certificate c ON c.id = p.current_certificate_id"
            + "     WHERE p.producer_id = pr.id AND" + CERTIFIED + ")) AS certified,"
            + " SUM(EXISTS(SELECT 1 FROM product p JOIN certificate c ON c.id = p.current_certificate_id"
            + "     WHERE p.producer_id = pr.id AND " + Listing.LISTABLE_SQL + ")) AS selling_online,"
            // From the daily sales (order.DailySales): a producer with counted orders has a row on their day.
            + " SUM(EXISTS(SELECT 1 FROM sales_day s WHERE s.producer_id = pr.id AND s.day >= :first AND s.day <= :last)) AS with_orders"
            + " FROM producer pr WHERE" + IN_PROVINCE + " GROUP BY pr.province", nativeQuery = true)
    List<ProducerCount> producers(@Nullable String province, Instant now, LocalDate first, LocalDate last);

    @Query(value = "SELECT pr.province, SUM(s.orders) AS orders, COALESCE(SUM(s.goods_vnd), 0) AS revenue_vnd"
            + " FROM sales_day s JOIN producer pr ON pr.id = s.producer_id"
            + " WHERE s.day >= :first AND s.day <= :last AND" + IN_PROVINCE
            + " GROUP BY pr.province", nativeQuery = true)
    List<OrderCount> orders(@Nullable String province, LocalDate first, LocalDate last);

    @Query(value = "SELECT s.product_group, SUM(s.orders) AS orders,"
            + " COALESCE(SUM(s.revenue_vnd), 0) AS revenue_vnd, COALESCE(SUM(s.units), 0) AS units"
            + " FROM sales_day_group s JOIN producer pr ON pr.id = s.producer_id"
            + " WHERE s.day >= :first AND s.day <= :last AND" + IN_PROVINCE
            + " GROUP BY s.product_group", nativeQuery = true)
    List<GroupSales> sales(@Nullable String province, LocalDate first, LocalDate last);
}
