package vn.ocop.market.fair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The post-fair report's figures, each grouped as finely as the report shows them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FairReportRepository extends GenericRepository<LeadRepository.LeadRow, Long> {

    @Introspected
    record FairRow(long id, String name, String provinceCode, LocalDate startsOn, LocalDate endsOn) {
    }

    @Introspected
    record BoothRow(long id, long fairId, String number, @Nullable String zoneName, String producerName,
                    String producerProvince) {
    }

    @Introspected
    record BoothFigures(long boothId, long leads, long inquiries) {
    }

    @Introspected
    record BoothSales(long boothId, long orders, long revenueVnd) {
    }

    @Introspected
    record VisitorRow(long fairId, String provinceName, long registered, long checkedIn) {
    }

    @Introspected
    record VoucherRow(long id, long fairId, @Nullable String code, String name, long budgetVnd, long orders,
                      long discountVnd) {
    }

    /** Published fairs overlapping the period, in one province or all. */
    @Query("""
            SELECT id, name, province_code, starts_on, ends_on FROM fair
            WHERE status = 'PUBLISHED' AND starts_on <= :to AND ends_on >= :from
              AND (:provinceCode IS NULL OR province_code = :provinceCode)
            ORDER BY starts_on, id""")
    List<FairRow> fairs(@Nullable String provinceCode, LocalDate from, LocalDate to);

    @Query("""
            SELECT b.id, b.fair_id, b.number, z.name AS zone_name, p.name AS producer_name, p.province AS producer_province
            FROM fair_booth b JOIN producer p ON p.id = b.producer_id LEFT JOIN fair_zone z ON z.id = b.zone_id
            WHERE b.fair_id IN (:fairIds) ORDER BY b.fair_id, b.number""")
    List<BoothRow> booths(Collection<Long> fairIds);

    @Query("""
            SELECT booth_id, CAST(SUM(kind = 'LEAD') AS SIGNED) AS leads,
                   CAST(SUM(kind = 'INQUIRY') AS SIGNED) AS inquiries
            FROM fair_lead WHERE fair_id IN (:fairIds) GROUP BY booth_id""")
    List<BoothFigures> leads(Collection<Long> fairIds);

    /**
     * Orders of a booth's producer placed on the fair's days (in Vietnam, UTC+7) that hold the booth's
     * products, not cancelled or refunded, and what those products sold for.
     */
    @Query("""
            SELECT b.id AS booth_id, COUNT(DISTINCT o.id) AS orders, 
                   CAST(COALESCE(SUM(l.unit_price_vnd * l.quantity), 0) AS SIGNED) AS revenue_vnd
            FROM fair_booth b
            JOIN fair f ON f.id = b.fair_id
            JOIN fair_booth_product bp ON bp.booth_id = b.id
            JOIN order_line l ON l.product_id = bp.product_id
            JOIN customer_order o ON o.id = l.order_id AND o.producer_id = b.producer_id
            WHERE b.fair_id IN (:fairIds) AND o.status NOT IN ('CANCELLED', 'REFUNDED')
              AND o.created_at >= TIMESTAMP(f.starts_on) - INTERVAL 7 HOUR
              AND o.created_at < TIMESTAMP(f.ends_on) + INTERVAL 17 HOUR
            GROUP BY b.id""")
    List<BoothSales> sales(Collection<Long> fairIds);

    @Query("""
            SELECT fair_id, province_name, COUNT(*) AS registered, COUNT(checked_in_at) AS checked_in
            FROM fair_visitor WHERE fair_id IN (:fairIds) GROUP BY fair_id, province_name ORDER BY fair_id, province_name""")
    List<VisitorRow> visitors(Collection<Long> fairIds);

    @Query("""
            SELECT v.id, v.fair_id, v.code, v.name, v.budget_vnd, COUNT(u.id) AS orders,
                   CAST(COALESCE(SUM(u.discount_vnd), 0) AS SIGNED) AS discount_vnd
            FROM fair_voucher v LEFT JOIN fair_voucher_use u ON u.voucher_id = v.id
            WHERE v.fair_id IN (:fairIds) GROUP BY v.id, v.fair_id, v.code, v.name, v.budget_vnd ORDER BY v.fair_id, v.id""")
    List<VoucherRow> vouchers(Collection<Long> fairIds);
}
