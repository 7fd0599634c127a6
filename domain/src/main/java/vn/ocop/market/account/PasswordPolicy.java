package vn.ocop.market.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import vn.ocop.market.shared.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a new password must be: at least 10 characters, at most 128, and not easy to guess by the
 * zxcvbn estimate (score 3 of 4 or more, with the person's own e-mail and name counted as known words).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** The problem with this password for the field {@code field}, if there is one. */
    public static Optional<FieldError> check(String field, String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(FieldError.of(field, "account.password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(FieldError.of(field, "account.password.tooLong", MAX_LENGTH));
        }
        List<String> words = new ArrayList<>(List.of("ocop", "chợ ocop", "cho ocop", "mat khau", "matkhau"));
        for (String p : personal) {
            if (p != null && !p.isBlank()) {
                words.add(p.toLowerCase());
                words.addAll(List.of(p.toLowerCase().split("[@.\\s_-]+")));
            }
        }
        Strength strength = ZXCVBN.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(FieldError.of(field, "account.password.tooEasy"));
        }
        return Optional.empty();
    }
}
