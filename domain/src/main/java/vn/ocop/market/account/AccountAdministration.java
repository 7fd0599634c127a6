package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The platform admin's work on accounts: list them page by page, disable or enable, change roles; all audited. */
@Singleton
public class AccountAdministration {

    /** What the accounts list is narrowed to; null means any. */
    public record Filter(@Nullable Role role, @Nullable AccountState state, @Nullable String text) {
    }

    /** One account in the list. */
    public record Row(long id, String email, String displayName, Role role, @Nullable Long producerId,
                      @Nullable String producerName, AccountState state, Instant createdAt, boolean twoFactor) {
    }

    // Whether the account has a confirmed second factor; read with the page so the grid needs no extra query per row.
    private static final String COLUMNS = "SELECT u.id, u.email, u.display_name, u.role, u.producer_id, p.name, u.state, "
            + "u.created_at, EXISTS(SELECT 1 FROM totp_credential t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) "
            + "FROM app_user u LEFT JOIN producer p ON p.id = u.producer_id";

    private final Sql sql;
    private final Producers producers;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(Sql sql, Producers producers, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.producers = producers;
        this.audit = audit;
        this.clock = clock;
    }

    static void requireAdmin(SignedInUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new SecurityException("Only a platform admin may manage accounts");
        }
    }

    /** One page of accounts matching the filter, newest first; the page is cut in the database. */
    @Transactional(readOnly = true)
    public List<Row> page(SignedInUser admin, Filter filter, int offset, int limit) {
        requireAdmin(admin);
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(Math.max(0, Math.min(limit, 500)));
        args.add(Math.max(0, offset));
        return sql.list(COLUMNS + where + " ORDER BY u.id DESC LIMIT ? OFFSET ?", AccountAdministration::row, args.toArray());
    }

    @Transactional(readOnly = true)
    public int count(SignedInUser admin, Filter filter) {
        requireAdmin(admin);
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return sql.one("SELECT COUNT(*) FROM app_user u" + where, rs -> rs.getInt(1), args.toArray()).orElse(0);
    }

    private static String where(Filter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.role() != null) {
            conditions.add("u.role = ?");
            args.add(filter.role());
        }
        if (filter.state() != null) {
            conditions.add("u.state = ?");
            args.add(filter.state());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add("(u.email LIKE ? OR u.display_name LIKE ?)");
            args.add(like);
            args.add(like);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Disables or enables an account. A disabled account cannot sign in and its open sessions end at
     * their next request; an admin cannot disable their own account.
     */
    @Transactional
    public void setState(SignedInUser admin, long userId, AccountState state) {
        requireAdmin(admin);
        if (state == AccountState.PENDING) {
            throw InvalidInputException.of("state", "account.admin.stateUnknown");
        }
        if (userId == admin.id()) {
            throw InvalidInputException.of("state", "account.admin.cannotDisableSelf");
        }
        Row row = one(userId);
        if (row.state() == state) {
            return;
        }
        sql.update("UPDATE app_user SET state = ?, credentials_version = credentials_version + 1, updated_at = ? WHERE id = ?",
                state, clock.instant(), userId);
        audit.record(admin.email(), state == AccountState.DISABLED ? "ACCOUNT_DISABLED" : "ACCOUNT_ENABLED", null, null,
                "user " + userId + " " + row.email());
    }

    /** Changes a staff account's role (officer, admin, producer user); its sessions end. */
    @Transactional
    public void changeRole(SignedInUser admin, long userId, Role role, @Nullable Long producerId) {
        requireAdmin(admin);
        if (userId == admin.id()) {
            throw InvalidInputException.of("role", "account.admin.cannotChangeOwnRole");
        }
        Row row = one(userId);
        if (row.role() == Role.CONSUMER || role == null || role == Role.CONSUMER) {
            throw InvalidInputException.of("role", "account.admin.roleNotAdministrative");
        }
        if (role == Role.PRODUCER && (producerId == null || producers.find(producerId).isEmpty())) {
            throw InvalidInputException.of("producerId", "account.producer.required");
        }
        Long producerKept = role == Role.PRODUCER ? producerId : null;
        sql.update("UPDATE app_user SET role = ?, producer_id = ?, credentials_version = credentials_version + 1, "
                + "updated_at = ? WHERE id = ?", role, producerKept, clock.instant(), userId);
        audit.record(admin.email(), "ROLE_CHANGED", null, null, "user " + userId + " " + row.email() + ": "
                + row.role() + " → " + role + (producerKept == null ? "" : " of producer " + producerKept));
    }

    /**
     * Removes a staff member's second factor (they lost their phone): the TOTP secret and the recovery
     * codes go, and their sessions end. In production mode they must enrol again at their next sign-in.
     * An admin cannot reset their own this way: they sign in with a recovery code and enrol again.
     */
    @Transactional
    public void resetTwoFactor(SignedInUser admin, long userId) {
        requireAdmin(admin);
        if (userId == admin.id()) {
            throw InvalidInputException.of("twoFactor", "account.admin.cannotResetOwnTwoFactor");
        }
        Row row = one(userId);
        // Deleting the credential (confirmed or not) and the codes in the transaction that bumps the
        // credentials version: no session signed in with the old factor outlives it.
        int removed = sql.update("DELETE FROM totp_credential WHERE user_id = ?", userId);
        sql.update("DELETE FROM totp_recovery_code WHERE user_id = ?", userId);
        if (removed == 0) {
            throw InvalidInputException.of("twoFactor", "account.admin.noTwoFactor");
        }
        sql.update("UPDATE app_user SET credentials_version = credentials_version + 1, updated_at = ? WHERE id = ?",
                clock.instant(), userId);
        audit.record(admin.email(), "TWO_FACTOR_RESET", null, null, "user " + userId + " " + row.email());
    }

    private Row one(long userId) {
        return sql.one(COLUMNS + " WHERE u.id = ? FOR UPDATE", AccountAdministration::row, userId)
                .orElseThrow(() -> InvalidInputException.of("userId", "account.admin.notFound"));
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                rs.getObject(5, Long.class), rs.getString(6), AccountState.valueOf(rs.getString(7)),
                Sql.instant(rs, "created_at"), rs.getBoolean(9));
    }
}
