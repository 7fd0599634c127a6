package vn.ocop.market.fair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LeadRepository extends GenericRepository<LeadRepository.LeadRow, Long> {

    /** A row of fair_lead (only the queries below touch it). */
    @MappedEntity("fair_lead")
    record LeadRow(@Id long id, long boothId, @Nullable Long visitorId, String kind) {
    }

    /** A booth with its fair and producer, as lead capture needs it. */
    @Introspected
    record BoothRef(long id, long fairId, String number, @Nullable Long producerId, @Nullable String producerName,
                    String fairName, String fairStatus) {
    }

    /** A lead or inquiry as its producer reads it. */
    @Introspected
    record Row(long id, long fairId, String fairName, String boothNumber, String kind, String source,
               String contactName, String contact, @Nullable Integer quantity, @Nullable String message,
               @Nullable String answer, @Nullable Instant answeredAt, Instant createdAt) {
    }

    String BOOTH = """
            SELECT b.id, b.fair_id, b.number, b.producer_id, p.name AS producer_name, f.name AS fair_name,
                   f.status AS fair_status
            FROM fair_booth b JOIN fair f ON f.id = b.fair_id LEFT JOIN producer p ON p.id = b.producer_id""";

    @Query(BOOTH + " WHERE b.id = :boothId")
    Optional<BoothRef> booth(long boothId);

    /** The producer's booth at a fair (its first, when it has more than one). */
    @Query(BOOTH + " WHERE b.fair_id = :fairId AND b.producer_id = :producerId ORDER BY b.id LIMIT 1")
    Optional<BoothRef> boothOf(long fairId, long producerId);

    @Query(BOOTH + " WHERE b.producer_id = :producerId AND f.status = 'PUBLISHED' AND f.ends_on >= :since ORDER BY f.starts_on, b.number")
    List<BoothRef> boothsOf(long producerId, java.time.LocalDate since);

    /** Records a visitor's lead at a booth once: 1 when recorded now, 0 when it already was. */
    @Query("""
            INSERT IGNORE INTO fair_lead (fair_id, booth_id, producer_id, visitor_id, kind, source, contact_name,
                   contact, created_at)
            SELECT :fairId, :boothId, :producerId, v.id, 'LEAD', :source, v.name, COALESCE(v.phone, v.email), :at
            FROM fair_visitor v WHERE v.id = :visitorId""")
    int addLead(long fairId, long boothId, long producerId, long visitorId, String source, Instant at);

    @Query("""
            INSERT INTO fair_lead (fair_id, booth_id, producer_id, visitor_id, kind, source, contact_name, contact,
                   quantity, message, created_at)
            VALUES (:fairId, :boothId, :producerId, NULL, 'INQUIRY', 'FORM', :contactName, :contact, :quantity,
                   :message, :at)""")
    int addInquiry(long fairId, long boothId, long producerId, String contactName, String contact, int quantity,
                   String message, Instant at);

    String ROW = """
            SELECT l.id, l.fair_id, f.name AS fair_name, b.number AS booth_number, l.kind, l.source, l.contact_name,
                   l.contact, l.quantity, l.message, l.answer, l.answered_at, l.created_at
            FROM fair_lead l JOIN fair f ON f.id = l.fair_id JOIN fair_booth b ON b.id = l.booth_id""";

    @Query(ROW + " WHERE l.producer_id = :producerId ORDER BY l.id DESC LIMIT :limit OFFSET :offset")
    List<Row> ofProducer(long producerId, int limit, int offset);

    @Query("SELECT COUNT(*) FROM fair_lead WHERE producer_id = :producerId")
    long countOf(long producerId);

    @Query(ROW + " WHERE l.id = :id AND l.producer_id = :producerId")
    Optional<Row> ofProducer(long id, long producerId);

    @Query("""
            UPDATE fair_lead SET answer = :answer, answered_at = :at
            WHERE id = :id AND producer_id = :producerId AND kind = 'INQUIRY'""")
    int answer(long id, long producerId, String answer, Instant at);
}
