package vn.ocop.market.account;

import vn.ocop.market.shared.FieldError;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks shared by registration, invitations and the console: what an e-mail and a name may be. */
final class AccountRules {

    static final int MAX_EMAIL = 160;
    static final int MAX_NAME = 120;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountRules() {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static void checkEmail(String normalized, List<FieldError> errors) {
        if (normalized.codePointCount(0, normalized.length()) > MAX_EMAIL) {
            errors.add(FieldError.of("email", "account.email.tooLong", MAX_EMAIL));
        } else if (!EMAIL.matcher(normalized).matches()) {
            errors.add(FieldError.of("email", "shared.email.invalid"));
        }
    }

    static void checkName(String name, List<FieldError> errors) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.add(FieldError.of("displayName", "account.name.required"));
        } else if (n.codePointCount(0, n.length()) > MAX_NAME) {
            errors.add(FieldError.of("displayName", "account.name.tooLong", MAX_NAME));
        }
    }

    static void checkPassword(String password, String email, String name, List<FieldError> errors) {
        PasswordPolicy.check("password", password, email, name).ifPresent(errors::add);
    }
}
