package vn.ocop.market.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashes: new ones are Argon2id (Spring Security Crypto with Bouncy Castle); bcrypt hashes
 * written by earlier versions still verify and are replaced at the next successful sign-in.
 */
public final class PasswordHashing {

    // OWASP's Argon2id settings for interactive logins: 19 MiB, 2 passes, 1 lane, 16-byte salt, 32-byte hash.
    private static final Argon2PasswordEncoder ARGON2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
    /** Compared against when the e-mail is unknown, so the answer takes as long as for a real account. */
    private static final String DUMMY = ARGON2.encode("not-a-password-of-anyone");

    private PasswordHashing() {
    }

    public static String hash(String password) {
        return ARGON2.encode(password);
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        if (isBcrypt(hash)) {
            return BCRYPT.matches(password, hash);
        }
        return hash.startsWith("$argon2") && ARGON2.matches(password, hash);
    }

    /** Spends the time of one verification without an account to verify against. */
    static void burn(String password) {
        ARGON2.matches(password == null ? "" : password, DUMMY);
    }

    /** Whether a hash that just verified should be replaced: another algorithm, or weaker parameters. */
    public static boolean needsRehash(String hash) {
        return isBcrypt(hash) || !hash.startsWith("$argon2id$") || ARGON2.upgradeEncoding(hash);
    }

    private static boolean isBcrypt(String hash) {
        return hash.startsWith("$2a$") || hash.startsWith("$2b$") || hash.startsWith("$2y$");
    }
}
