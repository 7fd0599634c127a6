package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The invitation table; "open" means not accepted, revoked or expired at {@code :now}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends GenericRepository<InvitationRepository.InvitationRow, Long> {

    @MappedEntity("invitation")
    record InvitationRow(@Id @GeneratedValue @Nullable Long id, String tokenHash, String email, Role role,
                         @Nullable Long producerId, String invitedBy, Instant createdAt, Instant expiresAt,
                         @Nullable Instant acceptedAt, @Nullable Long userId, @Nullable Instant revokedAt) {
    }

    String OPEN = "i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now";
    String PENDING = "SELECT i.id, i.email, i.role, p.name AS producer_name, i.invited_by, i.expires_at FROM invitation i "
            + "LEFT JOIN producer p ON p.id = i.producer_id WHERE ";

    InvitationRow save(InvitationRow invitation);

    @Query(PENDING + OPEN + " ORDER BY i.expires_at, i.id LIMIT :limit OFFSET :offset")
    List<Invitations.Pending> pending(Instant now, int offset, int limit);

    @Query("SELECT COUNT(*) FROM invitation i WHERE " + OPEN)
    int countOpen(Instant now);

    @Query(PENDING + "i.id = :id AND " + OPEN + " FOR UPDATE")
    Optional<Invitations.Pending> lockOpen(long id, Instant now);

    @Query("SELECT i.id, i.email, i.role, i.producer_id, p.name AS producer_name, i.expires_at FROM invitation i "
            + "LEFT JOIN producer p ON p.id = i.producer_id WHERE i.token_hash = :tokenHash AND " + OPEN)
    Optional<Invitations.Invitation> findOpen(String tokenHash, Instant now);

    @Query("SELECT i.* FROM invitation i WHERE i.token_hash = :tokenHash AND " + OPEN + " FOR UPDATE")
    Optional<InvitationRow> lockOpenByToken(String tokenHash, Instant now);

    @Query("UPDATE invitation SET revoked_at = :at WHERE id = :id")
    int revoke(long id, Instant at);

    @Query("UPDATE invitation SET token_hash = :tokenHash, expires_at = :expiresAt WHERE id = :id")
    int renew(long id, String tokenHash, Instant expiresAt);

    @Query("UPDATE invitation SET accepted_at = :at, user_id = :userId WHERE id = :id")
    int accept(long id, long userId, Instant at);

    /** Marks an invitation as a producer owner's invitation of staff. */
    @Query("UPDATE invitation SET staff = TRUE WHERE id = :id")
    int markStaff(long id);

    @Query("SELECT COUNT(*) FROM invitation WHERE id = :id AND staff = TRUE")
    int countStaff(long id);

    @Query(PENDING + "i.producer_id = :producerId AND i.staff = TRUE AND " + OPEN + " ORDER BY i.expires_at, i.id")
    List<Invitations.Pending> pendingStaff(long producerId, Instant now);

    @Query(PENDING + "i.id = :id AND i.producer_id = :producerId AND i.staff = TRUE AND " + OPEN + " FOR UPDATE")
    Optional<Invitations.Pending> lockOpenStaff(long id, long producerId, Instant now);
}
