package vn.ocop.market.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The notice table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NoticeRepository extends GenericRepository<Notice, Long> {

    String COLUMNS = "id, producer_id, certificate_id, kind, title, body, created_at, read_at, email_to, emailed_at, user_id";

    /** 1 when inserted, 0 when the (certificate, kind) notice already exists. */
    @Query("INSERT IGNORE INTO notice (producer_id, certificate_id, kind, title, body, created_at, email_to) "
            + "VALUES (:producerId, :certificateId, :kind, :title, :body, :createdAt, :emailTo)")
    int insertIgnore(long producerId, long certificateId, String kind, String title, String body, Instant createdAt,
                     @Nullable String emailTo);

    /** A notice about a product rather than a certificate; the caller makes sure it is sent once. */
    @Query("INSERT INTO notice (producer_id, product_id, kind, title, body, created_at, email_to) "
            + "VALUES (:producerId, :productId, :kind, :title, :body, :createdAt, :emailTo)")
    int insertAboutProduct(long producerId, long productId, String kind, String title, String body, Instant createdAt,
                           @Nullable String emailTo);

    /** A notice about neither a certificate nor a product (a fair's decision); the caller makes sure it is sent once. */
    @Query("INSERT INTO notice (producer_id, kind, title, body, created_at, email_to) "
            + "VALUES (:producerId, :kind, :title, :body, :createdAt, :emailTo)")
    int insertPlain(long producerId, String kind, String title, String body, Instant createdAt,
                    @Nullable String emailTo);

    @Query("SELECT " + COLUMNS + " FROM notice WHERE producer_id = :producerId AND user_id IS NULL ORDER BY id DESC")
    List<Notice> forProducer(long producerId);

    /** 1 when inserted, 0 when the shopper was told about this product already. */
    @Query("INSERT IGNORE INTO notice (producer_id, product_id, user_id, kind, title, body, created_at, email_to) "
            + "VALUES (:producerId, :productId, :userId, :kind, :title, :body, :createdAt, :emailTo)")
    int insertForUser(long producerId, long productId, long userId, String kind, String title, String body,
                      Instant createdAt, @Nullable String emailTo);

    /** A notice to a shopper about no product (a live event); the caller makes sure it is sent once. */
    @Query("INSERT INTO notice (producer_id, user_id, kind, title, body, created_at, email_to) "
            + "VALUES (:producerId, :userId, :kind, :title, :body, :createdAt, :emailTo)")
    int insertForUserPlain(long producerId, long userId, String kind, String title, String body, Instant createdAt,
                           @Nullable String emailTo);

    @Query("SELECT " + COLUMNS + " FROM notice WHERE user_id = :userId ORDER BY id DESC LIMIT :limit")
    List<Notice> forUser(long userId, int limit);

    @Query("SELECT " + COLUMNS + " FROM notice WHERE certificate_id = :certificateId ORDER BY id")
    List<Notice> forCertificate(long certificateId);

    @Query("SELECT " + COLUMNS + " FROM notice WHERE emailed_at IS NULL AND email_to IS NOT NULL"
            + " AND email_attempts < 5 ORDER BY id LIMIT :limit")
    List<Notice> awaitingEmail(int limit);

    @Query("UPDATE notice SET emailed_at = :at WHERE id = :id")
    int markEmailed(long id, Instant at);

    @Query("UPDATE notice SET email_attempts = email_attempts + 1, email_error = :error WHERE id = :id")
    int markEmailFailed(long id, @Nullable String error);
}
