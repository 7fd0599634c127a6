package vn.ocop.market.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.mindrot.jbcrypt.BCrypt;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Creates accounts and checks passwords (bcrypt). */
@Singleton
public class Accounts {

    private static final int BCRYPT_COST = 10;
    /** Compared against when the e-mail is unknown, so that timing does not reveal which accounts exist. */
    private static final String DUMMY_HASH = BCrypt.hashpw("dummy-password", BCrypt.gensalt(BCRYPT_COST));

    private final UserRepository users;
    private final Clock clock;

    Accounts(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Creates an account; the password is stored only as a bcrypt hash. */
    @Transactional
    public SignedInUser create(String email, String password, String displayName, Role role, Long producerId) {
        String normalized = normalize(email);
        if (normalized.isEmpty() || !normalized.contains("@")) {
            throw InvalidInputException.of("email", "Địa chỉ e-mail không hợp lệ.", "Invalid e-mail address.");
        }
        if (password == null || password.length() < 8) {
            throw InvalidInputException.of("password", "Mật khẩu cần ít nhất 8 ký tự.", "Password needs at least 8 characters.");
        }
        if (role == Role.PRODUCER && producerId == null) {
            throw InvalidInputException.of("producerId", "Tài khoản chủ thể cần gắn với một chủ thể.", "A producer account needs a producer.");
        }
        if (users.existsByEmail(normalized)) {
            throw InvalidInputException.of("email", "E-mail này đã được đăng ký.", "This e-mail is already registered.");
        }
        User saved = users.save(new User(null, normalized, BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST)),
                displayName, role, producerId, clock.instant()));
        return toSignedIn(saved);
    }

    /** The account if the password matches. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> authenticate(String email, String password) {
        Optional<User> user = users.findByEmail(normalize(email));
        if (user.isEmpty() || password == null) {
            BCrypt.checkpw(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        return BCrypt.checkpw(password, user.get().passwordHash()) ? Optional.of(toSignedIn(user.get())) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return users.existsByEmail(normalize(email));
    }

    private static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static SignedInUser toSignedIn(User u) {
        return new SignedInUser(u.id(), u.email(), u.displayName(), u.role(), u.producerId());
    }
}
