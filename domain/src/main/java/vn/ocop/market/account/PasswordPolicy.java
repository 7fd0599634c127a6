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
            return Optional.of(new FieldError(field, "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.",
                    "The password needs at least " + MIN_LENGTH + " characters."));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new FieldError(field, "Mật khẩu dài tối đa " + MAX_LENGTH + " ký tự.",
                    "The password may have at most " + MAX_LENGTH + " characters."));
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
            return Optional.of(new FieldError(field,
                    "Mật khẩu quá dễ đoán (như từ thông dụng, tên, e-mail, ngày tháng hay chuỗi lặp). "
                            + "Hãy dùng một cụm vài từ không liên quan, hoặc thêm ký tự khác.",
                    "This password is too easy to guess (common words, names, your e-mail, dates or repeats). "
                            + "Use a few unrelated words or add other characters."));
        }
        return Optional.empty();
    }
}
