package vn.ocop.market.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.notice.MailText;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Forgot password": a single-use link, valid 30 minutes, e-mailed to the account's address; only
 * the token's SHA-256 is stored. Setting the new password ends every session of the account.
 */
@Singleton
public class PasswordResets {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Where the e-mailed link opens: the console for staff, the storefront for shoppers. */
    public static final String CONSOLE_PATH = "/admin/reset/";
    public static final String STOREFRONT_PATH = "/dat-lai-mat-khau/";

    private final UserRepository users;
    private final Accounts accounts;
    private final PasswordResetRepository resets;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordResets(UserRepository users, Accounts accounts, PasswordResetRepository resets, AccountMails mails,
                   AuditTrail audit, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.resets = resets;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks for a reset link. Answers nothing, whether or not the address has an account, so that the
     * form does not tell who is registered; the one entry point for the form (and for a throttle).
     */
    @Transactional
    public void request(String email) {
        Optional<User> user = users.findByEmail(AccountRules.normalize(email)).filter(u -> u.state() == AccountState.ACTIVE);
        if (user.isEmpty()) {
            return;
        }
        User u = user.get();
        String token = SecretTokens.newToken();
        resets.issue(u.id(), "RESET", SecretTokens.hash(token), clock.instant(), clock.instant().plus(VALIDITY));
        String path = (u.role() == Role.CONSUMER ? STOREFRONT_PATH : CONSOLE_PATH) + token;
        mails.queue("PASSWORD_RESET", u.email(), MailText.subject("account.mail.passwordReset."),
                MailText.body("account.mail.passwordReset.", u.displayName(), mails.link(path)));
    }

    /** The e-mail a reset link is for, while it is unused and not expired. */
    @Transactional(readOnly = true)
    public Optional<String> emailFor(String token) {
        return resets.openResetEmail(SecretTokens.hash(token), clock.instant());
    }

    /** Sets a new password through a reset link; the link is used up and every session of the account ends. */
    @Transactional
    public void reset(String token, String password, String repeated) {
        Optional<Long> userId = resets.lockOpenReset(SecretTokens.hash(token), clock.instant());
        if (userId.isEmpty()) {
            throw InvalidInputException.of("token", "account.passwordReset.expired");
        }
        User u = users.findById(userId.get()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkPassword(password, u.email(), u.displayName(), errors);
        if (password != null && !password.equals(repeated)) {
            errors.add(FieldError.of("confirm", "account.password.differ"));
        }
        if (!errors.isEmpty()) {
            // The link stays usable: a refused password does not use it up.
            throw new InvalidInputException(errors);
        }
        // Every other link of the account goes too, so an older e-mail cannot undo this reset.
        resets.useAll(u.id(), "RESET", clock.instant());
        accounts.setPassword(u.id(), password);
        audit.record(u.email(), "PASSWORD_RESET", null, null, "user " + u.id());
    }
}
