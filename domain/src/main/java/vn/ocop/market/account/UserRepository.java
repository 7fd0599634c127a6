package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends CrudRepository<User, Long> {

    /** What decides whether a session may go on. */
    @Introspected
    record SessionCheck(AccountState state, int credentialsVersion, Role role) {
    }

    // Whether the account has a confirmed second factor; read with the page so the grid needs no extra query per row.
    String ACCOUNT_ROWS = "SELECT u.id, u.email, u.display_name, u.role, u.producer_id, p.name AS producer_name, u.state, "
            + "u.created_at, EXISTS(SELECT 1 FROM totp_credential t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) "
            + "AS two_factor FROM app_user u LEFT JOIN producer p ON p.id = u.producer_id";
    /** The accounts list's filter; a null argument matches any. */
    String ACCOUNT_FILTER = " WHERE (:role IS NULL OR u.role = :role) AND (:state IS NULL OR u.state = :state) "
            + "AND (:like IS NULL OR u.email LIKE :like OR u.display_name LIKE :like)";

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("SELECT email FROM app_user WHERE id = :id")
    Optional<String> findEmail(long id);

    /** The province an officer works for; none for admins, producers and officers of the whole country. */
    @Introspected
    record ProvinceRow(@Nullable String province) {
    }

    @Query("SELECT province FROM app_user WHERE id = :id AND role = 'OFFICER'")
    Optional<ProvinceRow> findProvince(long id);

    @Query("UPDATE app_user SET province = :province, updated_at = :at WHERE id = :id AND role = 'OFFICER'")
    int updateProvince(long id, @Nullable String province, Instant at);

    @Query("SELECT state, credentials_version, role FROM app_user WHERE id = :id")
    Optional<SessionCheck> sessionCheck(long id);

    /** A shopper's pending account; a concurrent registration of the same address inserts nothing (0). */
    @Query("INSERT IGNORE INTO app_user (email, password_hash, display_name, role, created_at, state, credentials_version, "
            + "updated_at) VALUES (:email, :passwordHash, :displayName, 'CONSUMER', :createdAt, 'PENDING', 0, :updatedAt)")
    int insertPendingConsumer(String email, String passwordHash, String displayName, Instant createdAt, Instant updatedAt);

    @Query("UPDATE app_user SET password_hash = :passwordHash, display_name = :displayName, updated_at = :at WHERE id = :id")
    int updateRegistration(long id, String passwordHash, String displayName, Instant at);

    @Query("UPDATE app_user SET state = 'ACTIVE', updated_at = :at WHERE id = :id AND state = 'PENDING'")
    int activate(long id, Instant at);

    @Query("UPDATE app_user SET password_hash = :newHash WHERE id = :id AND password_hash = :oldHash")
    int rehash(long id, String oldHash, String newHash);

    /** A new password hash; the credentials version moves on, which ends every session of the account. */
    @Query("UPDATE app_user SET password_hash = :passwordHash, credentials_version = credentials_version + 1, "
            + "updated_at = :at WHERE id = :id")
    int setPassword(long id, String passwordHash, Instant at);

    @Query("UPDATE app_user SET state = :state, credentials_version = credentials_version + 1, updated_at = :at WHERE id = :id")
    int setState(long id, AccountState state, Instant at);

    @Query("UPDATE app_user SET role = :role, producer_id = :producerId, credentials_version = credentials_version + 1, "
            + "updated_at = :at WHERE id = :id")
    int setRole(long id, Role role, @Nullable Long producerId, Instant at);

    @Query("UPDATE app_user SET credentials_version = credentials_version + 1, updated_at = :at WHERE id = :id")
    int endSessions(long id, Instant at);

    @Query(ACCOUNT_ROWS + ACCOUNT_FILTER + " ORDER BY u.id DESC LIMIT :limit OFFSET :offset")
    List<AccountAdministration.Row> accountPage(@Nullable Role role, @Nullable AccountState state, @Nullable String like,
                                                int offset, int limit);

    @Query("SELECT COUNT(*) FROM app_user u" + ACCOUNT_FILTER)
    int countAccounts(@Nullable Role role, @Nullable AccountState state, @Nullable String like);

    @Query(ACCOUNT_ROWS + " WHERE u.id = :id FOR UPDATE")
    Optional<AccountAdministration.Row> lockAccount(long id);

    String TEAM_ROWS = "SELECT id, email, display_name, state, producer_staff, created_at FROM app_user "
            + "WHERE role = 'PRODUCER' AND producer_id = :producerId";

    /** A producer's users, owners first, then in the order they joined. */
    @Query(TEAM_ROWS + " ORDER BY producer_staff, id")
    List<ProducerTeam.Member> team(long producerId);

    @Query(TEAM_ROWS + " AND id = :id")
    Optional<ProducerTeam.Member> member(long producerId, long id);

    /** Locks a producer's users, so two owners changing the team at once cannot both remove the last other owner. */
    @Query("SELECT id FROM app_user WHERE role = 'PRODUCER' AND producer_id = :producerId ORDER BY id FOR UPDATE")
    List<Long> lockTeam(long producerId);

    @Query("SELECT COUNT(*) FROM app_user WHERE role = 'PRODUCER' AND producer_id = :producerId "
            + "AND producer_staff = FALSE AND state = 'ACTIVE' AND id <> :except")
    int otherActiveOwners(long producerId, long except);

    @Query("UPDATE app_user SET producer_staff = :staff, updated_at = :at WHERE id = :id")
    int setStaff(long id, boolean staff, Instant at);

    /** The addresses of a producer's owners who may still sign in (or will, once they confirm their e-mail). */
    @Query("SELECT email FROM app_user WHERE role = 'PRODUCER' AND producer_id = :producerId "
            + "AND producer_staff = FALSE AND state <> 'DISABLED' ORDER BY id")
    List<String> ownerEmails(long producerId);
}
