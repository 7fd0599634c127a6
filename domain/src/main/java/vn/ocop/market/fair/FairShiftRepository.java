package vn.ocop.market.fair;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Moves a demo fair's visitors, leads and voucher uses back in time ({@link DemoFairHistory}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FairShiftRepository extends GenericRepository<Fair, Long> {

    @Query("UPDATE fair_visitor SET consented_at = consented_at - INTERVAL :seconds SECOND,"
            + " registered_at = registered_at - INTERVAL :seconds SECOND,"
            + " checked_in_at = checked_in_at - INTERVAL :seconds SECOND WHERE fair_id = :fairId")
    int shiftVisitors(long fairId, long seconds);

    @Query("UPDATE fair_lead SET created_at = created_at - INTERVAL :seconds SECOND,"
            + " answered_at = answered_at - INTERVAL :seconds SECOND WHERE fair_id = :fairId")
    int shiftLeads(long fairId, long seconds);

    @Query("UPDATE fair_voucher_use SET used_at = used_at - INTERVAL :seconds SECOND"
            + " WHERE voucher_id IN (SELECT id FROM fair_voucher WHERE fair_id = :fairId)")
    int shiftVoucherUses(long fairId, long seconds);

    @Query("UPDATE fair_voucher SET created_at = created_at - INTERVAL :seconds SECOND WHERE fair_id = :fairId")
    int shiftVouchers(long fairId, long seconds);
}
