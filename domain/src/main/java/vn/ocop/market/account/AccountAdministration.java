package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The platform admin's work on accounts: list them page by page, disable or enable, change roles; all audited. */
@Singleton
public class AccountAdministration {

    /** What the accounts list is narrowed to; null means any. */
    public record Filter(@Nullable Role role, @Nullable AccountState state, @Nullable String text) {
    }

    /** One account in the list. */
    @Introspected
    public record Row(long id, String email, String displayName, Role role, @Nullable Long producerId,
                      @Nullable String producerName, AccountState state, Instant createdAt,
                      @MappedProperty(type = DataType.BOOLEAN) boolean twoFactor) {
    }

    private final UserRepository users;
    private final TotpStore totp;
    private final Producers producers;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(UserRepository users, TotpStore totp, Producers producers, AuditTrail audit, Clock clock) {
        this.users = users;
        this.totp = totp;
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
        return users.accountPage(filter.role(), filter.state(), like(filter), Math.max(0, offset),
                Math.max(0, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public int count(SignedInUser admin, Filter filter) {
        requireAdmin(admin);
        return users.countAccounts(filter.role(), filter.state(), like(filter));
    }

    /** The LIKE pattern of the filter's text (its wildcards escaped); null when there is no text. */
    private static String like(Filter filter) {
        if (filter.text() == null || filter.text().isBlank()) {
            return null;
        }
        return "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
        users.setState(userId, state, clock.instant());
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
        users.setRole(userId, role, producerKept, clock.instant());
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
        if (!totp.remove(userId)) {
            throw InvalidInputException.of("twoFactor", "account.admin.noTwoFactor");
        }
        users.endSessions(userId, clock.instant());
        audit.record(admin.email(), "TWO_FACTOR_RESET", null, null, "user " + userId + " " + row.email());
    }

    private Row one(long userId) {
        return users.lockAccount(userId)
                .orElseThrow(() -> InvalidInputException.of("userId", "account.admin.notFound"));
    }
}
