package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScanRepository extends GenericRepository<TraceScan, Long> {

    TraceScan save(TraceScan scan);

    @Query("SELECT COUNT(*) FROM trace_scan WHERE client_key = :clientKey AND scanned_at > :since")
    int countByClientSince(String clientKey, Instant since);

    @Query("""
            SELECT * FROM trace_scan WHERE client_key = :clientKey AND batch_id = :batchId
              AND (serial = :serial OR (serial IS NULL AND :serial IS NULL)) AND scanned_at > :since
            ORDER BY scanned_at DESC LIMIT 1""")
    java.util.Optional<TraceScan> lastSameSince(String clientKey, long batchId, @Nullable String serial, Instant since);

    @Query("UPDATE trace_scan SET province = :province WHERE id = :id AND province IS NULL")
    int shareProvince(long id, String province);

    @Query("SELECT * FROM trace_scan WHERE serial_id = :serialId AND scanned_at > :since AND agent_class <> 'BOT' ORDER BY scanned_at")
    List<TraceScan> ofSerialSince(long serialId, Instant since);

    @Query("SELECT COUNT(DISTINCT serial) FROM trace_scan WHERE batch_id = :batchId AND serial IS NOT NULL AND agent_class <> 'BOT'")
    int distinctSerials(long batchId);

    String BATCH_SCANS = """
            SELECT b.id AS batch_id, b.product_id, p.name AS product_name, b.gtin, b.lot, b.quantity, b.status,
              (SELECT COUNT(*) FROM trace_scan t WHERE t.batch_id = b.id AND t.agent_class <> 'BOT') AS scans,
              (SELECT COUNT(*) FROM trace_scan t WHERE t.batch_id = b.id AND t.serial IS NOT NULL AND t.agent_class <> 'BOT') AS serial_scans,
              (SELECT COUNT(DISTINCT t.serial) FROM trace_scan t WHERE t.batch_id = b.id AND t.agent_class <> 'BOT') AS distinct_serials,
              (SELECT COUNT(*) FROM batch_serial s WHERE s.batch_id = b.id AND s.flagged_at IS NOT NULL) AS flagged_serials
            FROM batch b JOIN product p ON p.id = b.product_id
            """;

    @Query(BATCH_SCANS + " WHERE (:producerId IS NULL OR b.producer_id = :producerId) ORDER BY b.id DESC LIMIT :limit OFFSET :offset")
    List<BatchScans> batchScans(@Nullable Long producerId, int limit, int offset);

    @Query("SELECT COUNT(*) FROM batch b WHERE (:producerId IS NULL OR b.producer_id = :producerId)")
    long countBatches(@Nullable Long producerId);

    @Query("""
            SELECT s.id AS serial_id, s.serial, b.id AS batch_id, b.gtin, b.lot, p.name AS product_name, s.scans,
              s.first_province, s.flagged_at, s.flag_reason
            FROM batch_serial s JOIN batch b ON b.id = s.batch_id JOIN product p ON p.id = b.product_id
            WHERE s.flagged_at IS NOT NULL AND (:producerId IS NULL OR b.producer_id = :producerId)
            ORDER BY s.flagged_at DESC LIMIT :limit""")
    List<FlaggedSerial> flagged(@Nullable Long producerId, int limit);
}
