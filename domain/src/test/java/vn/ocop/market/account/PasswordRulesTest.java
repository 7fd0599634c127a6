package vn.ocop.market.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Messages;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    @Test
    void shortPasswordIsRefusedWithTheMinimumLength() {
        Optional<FieldError> problem = PasswordPolicy.check("password", "Xk9#vQ2!", "a@b.vn");
        assertTrue(problem.isPresent());
        assertTrue(problem.get().text(Messages.VIETNAMESE).contains("10 ký tự"), problem.get().text(Messages.VIETNAMESE));
        assertTrue(problem.get().text(Locale.ENGLISH).contains("10 characters"), problem.get().text(Locale.ENGLISH));
    }

    @Test
    void longButGuessablePasswordsAreRefusedAsTooEasy() {
        for (String weak : new String[] {"1234567890", "password123", "qwertyuiop", "aaaaaaaaaaaa", "CanBo@2026"}) {
            Optional<FieldError> problem = PasswordPolicy.check("password", weak, "canbo@ocop.vn", "Cán bộ");
            assertTrue(problem.isPresent(), weak + " should be refused");
            assertTrue(problem.get().text(Locale.ENGLISH).contains("too easy to guess"), problem.get().text(Locale.ENGLISH));
        }
    }

    @Test
    void thePersonsOwnEmailDoesNotMakeAStrongPassword() {
        assertTrue(PasswordPolicy.check("password", "nguyenvanbinh2026", "nguyenvanbinh2026@ocop.vn", "Bình").isPresent());
    }

    @Test
    void aFewUnrelatedWordsPass() {
        assertEquals(Optional.empty(), PasswordPolicy.check("password", "vuon-che-song-cau-7", "a@b.vn", "An"));
        assertEquals(Optional.empty(), PasswordPolicy.check("password", "CanBo-TanCuong-47", "canbo@ocop.vn",
                "Cán bộ xúc tiến thương mại"));
    }

    @Test
    void overlongPasswordIsRefused() {
        assertTrue(PasswordPolicy.check("password", "x".repeat(129), "a@b.vn").isPresent());
    }

    @Test
    void newHashesAreArgon2idAndSalted() {
        String a = PasswordHashing.hash("vuon-che-song-cau-7");
        String b = PasswordHashing.hash("vuon-che-song-cau-7");
        assertTrue(a.startsWith("$argon2id$"), a);
        assertNotEquals(a, b);
        assertTrue(PasswordHashing.matches("vuon-che-song-cau-7", a));
        assertFalse(PasswordHashing.matches("vuon-che-song-cau-8", a));
        assertFalse(PasswordHashing.needsRehash(a));
    }

    @Test
    void bcryptHashesFromEarlierVersionsStillVerifyAndAskToBeReplaced() {
        String old = new BCryptPasswordEncoder(10).encode("CanBo@2026");
        assertTrue(old.startsWith("$2a$"));
        assertTrue(PasswordHashing.matches("CanBo@2026", old));
        assertFalse(PasswordHashing.matches("CanBo@2027", old));
        assertTrue(PasswordHashing.needsRehash(old));
    }

    @Test
    void unknownHashFormatsNeverMatch() {
        assertFalse(PasswordHashing.matches("x", "plain-text"));
        assertFalse(PasswordHashing.matches(null, PasswordHashing.hash("vuon-che-song-cau-7")));
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirDigest() {
        String token = SecretTokens.newToken();
        assertEquals(43, token.length());
        assertNotEquals(token, SecretTokens.newToken());
        assertEquals(64, SecretTokens.hash(token).length());
        assertEquals(SecretTokens.hash(token), SecretTokens.hash(token));
    }

    @Test
    void overlongNamesAndEmailsAreFieldErrors() {
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        AccountRules.checkEmail("a".repeat(160) + "@b.vn", errors);
        AccountRules.checkName("N".repeat(121), errors);
        AccountRules.checkEmail("not-an-email", errors);
        assertEquals(java.util.List.of("email", "displayName", "email"), errors.stream().map(FieldError::field).toList());
    }
}
