package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SerialRepository extends GenericRepository<UnitSerial, Long> {

    @Query("INSERT IGNORE INTO batch_serial (batch_id, serial, created_at) VALUES (:batchId, :serial, :at)")
    int add(long batchId, String serial, Instant at);

    @Query("SELECT * FROM batch_serial WHERE batch_id = :batchId ORDER BY id LIMIT :limit OFFSET :offset")
    List<UnitSerial> ofBatch(long batchId, int limit, int offset);

    @Query("SELECT * FROM batch_serial WHERE batch_id = :batchId AND id > :afterId ORDER BY id LIMIT :limit")
    List<UnitSerial> ofBatchAfter(long batchId, long afterId, int limit);

    @Query("SELECT COUNT(*) FROM batch_serial WHERE batch_id = :batchId")
    long countOf(long batchId);

    @Query("SELECT s.* FROM batch_serial s JOIN batch b ON b.id = s.batch_id WHERE s.serial = :serial AND b.gtin = :gtin")
    Optional<UnitSerial> byGtinAndSerial(String gtin, String serial);

    @Query("SELECT * FROM batch_serial WHERE id = :id FOR UPDATE")
    Optional<UnitSerial> lock(long id);

    @Query("""
            UPDATE batch_serial SET first_province = CASE WHEN scans = 0 THEN :province ELSE first_province END,
              first_scanned_at = COALESCE(first_scanned_at, :at), scans = scans + 1
            WHERE id = :id""")
    int counted(long id, Instant at, @Nullable String province);

    @Query("UPDATE batch_serial SET first_province = :province WHERE id = :id AND first_province IS NULL AND scans = 1")
    int firstProvince(long id, String province);

    @Query("UPDATE batch_serial SET flagged_at = :at, flag_reason = :reason WHERE id = :id AND flagged_at IS NULL")
    int flag(long id, Instant at, String reason);
}
