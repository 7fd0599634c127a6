package vn.ocop.market.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.RunMode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two-factor sign-in for staff: a TOTP secret (RFC 6238; encrypted at rest) confirmed with a code
 * before it counts, ten single-use recovery codes (stored as hashes), and no code accepted twice.
 * Required for administrators and officers in production mode; honoured for anyone enrolled.
 */
@Singleton
public class TwoFactor {

    public static final String ISSUER = "Chợ OCOP";
    public static final int RECOVERY_CODES = 10;

    /** What the enrolment screen shows: the secret in base32 and the otpauth:// URI for the QR code. */
    public record Enrolment(String secret, String uri) {
    }

    private final TotpStore store;
    private final SecretCipher cipher;
    private final Clock clock;
    private final RunMode mode;
    private final AuditTrail audit;
    private final UserRepository users;
    private final SecureRandom random = new SecureRandom();

    TwoFactor(TotpStore store, SecretCipher cipher, Clock clock, @Value("${" + RunMode.PROPERTY + ":production}") String mode,
              AuditTrail audit, UserRepository users) {
        this.store = store;
        this.audit = audit;
        this.users = users;
        this.cipher = cipher;
        this.clock = clock;
        this.mode = RunMode.of(mode);
    }

    /** Whether this person must have a second factor before using the console. */
    public boolean required(SignedInUser user) {
        return mode == RunMode.PRODUCTION && user.hasRole(Role.ADMIN, Role.OFFICER);
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        return store.find(userId).map(TotpStore.Credential::confirmed).orElse(false);
    }

    /** A new secret, not active until {@link #confirm} accepts a code made from it. */
    @Transactional
    public Enrolment start(SignedInUser user) {
        if (enrolled(user.id())) {
            throw InvalidInputException.of("code", "account.twoFactor.alreadyOn");
        }
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        store.savePending(user.id(), cipher.encrypt(secret), clock.instant());
        String base32 = Base32.encode(secret);
        String label = enc(ISSUER) + ":" + enc(user.email());
        return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + enc(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /** Turns the pending secret on when the code matches; answers the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(long userId, String code) {
        TotpStore.Credential pending = store.find(userId).filter(c -> !c.confirmed()).orElseThrow(() ->
                InvalidInputException.of("code", "account.twoFactor.notStarted"));
        Long step = matchingStep(cipher.decrypt(pending.secretEnc()), code);
        if (step == null || !store.useStep(userId, step, true, clock.instant())) {
            throw wrongCode();
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] raw = new byte[10];
            random.nextBytes(raw);
            String c = Base32.encode(raw);
            codes.add(c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8, 12) + "-" + c.substring(12, 16));
            hashes.add(SecretTokens.hash(c));
        }
        store.replaceRecoveryCodes(userId, hashes);
        audit.record(email(userId), "TWO_FACTOR_ENROLLED", null, null, "user " + userId);
        return codes;
    }

    /** A code from the app (six digits, this step or the one either side, never reused) or an unused recovery code. */
    @Transactional
    public boolean verify(long userId, String code) {
        String c = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        TotpStore.Credential credential = store.find(userId).filter(TotpStore.Credential::confirmed).orElse(null);
        if (credential == null || c.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (c.matches("\\d{" + Totp.DIGITS + "}")) {
            Long step = matchingStep(cipher.decrypt(credential.secretEnc()), c);
            return step != null && store.useStep(userId, step, false, now);
        }
        if (c.length() != 16 || !store.useRecoveryCode(userId, SecretTokens.hash(c), now)) {
            return false;
        }
        // A used recovery code usually means a lost phone: the trail lets an admin notice and act.
        audit.record(email(userId), "RECOVERY_CODE_USED", null, null,
                "user " + userId + ", " + store.recoveryCodesLeft(userId) + " left");
        return true;
    }

    private String email(long userId) {
        return users.findEmail(userId).orElse("user " + userId);
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long userId) {
        return store.recoveryCodesLeft(userId);
    }

    private Long matchingStep(byte[] secret, String code) {
        String c = code == null ? "" : code.replaceAll("\\s", "");
        long now = Totp.step(clock.instant());
        // The later step first, so that a code valid in two steps (it happens) records the later one.
        for (long step = now + 1; step >= now - 1; step--) {
            if (MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    c.getBytes(StandardCharsets.US_ASCII))) {
                return step;
            }
        }
        return null;
    }

    private static InvalidInputException wrongCode() {
        return InvalidInputException.of("code", "account.twoFactor.wrongCode");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
