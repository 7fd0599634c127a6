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

/** Creates accounts, signs people in and changes passwords (Argon2id hashes). */
@Singleton
public class Accounts {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(72);

    private final UserRepository users;
    private final PasswordResetRepository resets;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(UserRepository users, PasswordResetRepository resets, AccountMails mails, AuditTrail audit, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an active account (demo data, provisioning); the password rules apply as everywhere. */
    @Transactional
    public SignedInUser create(String email, String password, String displayName, Role role, Long producerId) {
        String normalized = AccountRules.normalize(email);
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkEmail(normalized, errors);
        AccountRules.checkName(displayName, errors);
        AccountRules.checkPassword(password, normalized, displayName, errors);
        if (role == Role.PRODUCER && producerId == null) {
            errors.add(FieldError.of("producerId", "account.producer.missing"));
        }
        if (errors.isEmpty() && users.existsByEmail(normalized)) {
            errors.add(FieldError.of("email", "account.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        User saved = users.save(new User(null, normalized, PasswordHashing.hash(password), displayName.strip(), role,
                producerId, clock.instant(), AccountState.ACTIVE, 0, clock.instant()));
        return toSignedIn(saved);
    }

    /**
     * A shopper's registration. The answer is the same whether or not the e-mail has an account, so
     * the form cannot be used to find out who is registered: a new address gets a confirmation link,
     * a taken one an e-mail telling its owner someone tried to register with it.
     */
    @Transactional
    public void register(String email, String password, String displayName) {
        String normalized = AccountRules.normalize(email);
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkName(displayName, errors);
        AccountRules.checkEmail(normalized, errors);
        AccountRules.checkPassword(password, normalized, displayName, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // A concurrent registration of the same address inserts nothing here instead of failing.
        int inserted = users.insertPendingConsumer(normalized, PasswordHashing.hash(password), displayName.strip(),
                clock.instant(), clock.instant());
        User user = users.findByEmail(normalized).orElseThrow();
        if (inserted == 0 && user.state() == AccountState.PENDING && user.role() == Role.CONSUMER) {
            // Still unconfirmed: the latest registration wins and gets a fresh link.
            users.updateRegistration(user.id(), PasswordHashing.hash(password), displayName.strip(), clock.instant());
            resets.useAll(user.id(), "CONFIRM", clock.instant());
        } else if (inserted == 0) {
            mails.queue("REGISTER_TAKEN", normalized, MailText.subject("account.mail.registerTaken."),
                    MailText.body("account.mail.registerTaken.", normalized, mails.link("/dang-nhap"),
                            mails.link("/quen-mat-khau")));
            return;
        }
        String token = SecretTokens.newToken();
        resets.issue(user.id(), "CONFIRM", SecretTokens.hash(token), clock.instant(),
                clock.instant().plus(CONFIRMATION_VALIDITY));
        mails.queue("REGISTER_CONFIRM", normalized, MailText.subject("account.mail.registerConfirm."),
                MailText.body("account.mail.registerConfirm.", displayName.strip(), mails.link("/xac-nhan/" + token)));
    }

    /** Opens a registration's confirmation link: the account becomes active and is signed in. */
    @Transactional
    public Optional<SignedInUser> confirm(String token) {
        Optional<Long> userId = resets.lockOpenConfirmation(SecretTokens.hash(token), clock.instant());
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        resets.use(SecretTokens.hash(token), clock.instant());
        users.activate(userId.get(), clock.instant());
        return users.findById(userId.get()).filter(u -> u.state() == AccountState.ACTIVE).map(Accounts::toSignedIn);
    }

    /** The account if the password matches and the account may sign in; an outdated hash is replaced. */
    @Transactional
    public Optional<SignedInUser> authenticate(String email, String password) {
        Optional<User> user = users.findByEmail(AccountRules.normalize(email));
        if (user.isEmpty() || password == null) {
            PasswordHashing.burn(password);
            return Optional.empty();
        }
        User u = user.get();
        if (!PasswordHashing.matches(password, u.passwordHash()) || u.state() != AccountState.ACTIVE) {
            return Optional.empty();
        }
        if (PasswordHashing.needsRehash(u.passwordHash())) {
            users.rehash(u.id(), u.passwordHash(), PasswordHashing.hash(password));
        }
        return Optional.of(toSignedIn(u));
    }

    /**
     * Whether a session signed in as {@code user} may go on: the account is active and its password
     * (and role) have not changed since.
     */
    @Transactional(readOnly = true)
    public boolean stillValid(SignedInUser user) {
        return users.sessionCheck(user.id()).map(c -> c.state() == AccountState.ACTIVE
                && c.credentialsVersion() == user.credentialsVersion() && c.role() == user.role()).orElse(false);
    }

    /**
     * Changes a password, the current one required; every other session of the person ends. Answers
     * the signed-in user to keep in this session.
     */
    @Transactional
    public SignedInUser changePassword(SignedInUser user, String current, String password, String repeated) {
        User u = users.findById(user.id()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (!PasswordHashing.matches(current, u.passwordHash())) {
            errors.add(FieldError.of("current", "account.password.currentWrong"));
        }
        AccountRules.checkPassword(password, u.email(), u.displayName(), errors);
        if (password != null && !password.equals(repeated)) {
            errors.add(FieldError.of("confirm", "account.password.differ"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        setPassword(u.id(), password);
        audit.record(u.email(), "PASSWORD_CHANGED", null, null, "user " + u.id());
        return users.findById(u.id()).map(Accounts::toSignedIn).orElseThrow();
    }

    /** Stores a new hash and moves the credentials version on, which ends every session of the account. */
    void setPassword(long userId, String password) {
        users.setPassword(userId, PasswordHashing.hash(password), clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return users.existsByEmail(AccountRules.normalize(email));
    }

    static SignedInUser toSignedIn(User u) {
        return new SignedInUser(u.id(), u.email(), u.displayName(), u.role(), u.producerId(), u.credentialsVersion());
    }
}
