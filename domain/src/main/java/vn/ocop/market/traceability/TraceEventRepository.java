package vn.ocop.market.traceability;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TraceEventRepository extends CrudRepository<TraceEvent, Long> {

    String VIEW_COLUMNS = "e.id, e.event_id, e.event_type, e.action, e.biz_step, e.disposition, e.event_time,"
            + " e.event_time_zone_offset, e.record_time, e.read_point, e.gln, e.province, e.commune, e.source";

    boolean existsByEventId(String eventId);

    /** One row per event: an event links a batch in one role only (see {@code EventStore}). */
    @Query("SELECT " + VIEW_COLUMNS + ", eb.role FROM trace_event e"
            + " JOIN trace_event_batch eb ON eb.event_id = e.id WHERE eb.batch_id = :batchId"
            + " ORDER BY e.event_time, e.id")
    List<TraceEventView> ofBatch(long batchId);

    /** The JSON-LD of the events naming any of these batches, in time order. */
    @Query("SELECT e.document FROM trace_event e WHERE e.id IN"
            + " (SELECT eb.event_id FROM trace_event_batch eb WHERE eb.batch_id IN (:batchIds))"
            + " ORDER BY e.event_time, e.id")
    List<String> documentsOf(Collection<Long> batchIds);

    @Query("INSERT INTO trace_event_batch (event_id, batch_id, role) VALUES (:eventId, :batchId, :role)")
    int link(long eventId, long batchId, String role);
}
