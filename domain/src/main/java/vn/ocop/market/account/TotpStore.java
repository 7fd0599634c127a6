package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The totp_credential and totp_recovery_code tables; callers hold the transaction. */
@Singleton
class TotpStore {

    @Introspected
    record Credential(byte[] secretEnc, @MappedProperty(type = DataType.BOOLEAN) boolean confirmed,
                      @Nullable Long lastStep) {
    }

    private final TotpRepository rows;

    TotpStore(TotpRepository rows) {
        this.rows = rows;
    }

    Optional<Credential> find(long userId) {
        return rows.find(userId);
    }

    /** Replaces an unconfirmed secret; a confirmed one is left alone (0 rows). */
    int savePending(long userId, byte[] secretEnc, Instant now) {
        return rows.savePending(userId, secretEnc, now);
    }

    /**
     * Accepts a step's code once: only when no later or equal step was accepted before. One
     * conditional update, so two instances cannot both accept the same code.
     */
    boolean useStep(long userId, long step, boolean confirming, Instant now) {
        return (confirming ? rows.confirmStep(userId, step, now) : rows.useStep(userId, step)) == 1;
    }

    void replaceRecoveryCodes(long userId, List<String> hashes) {
        rows.deleteRecoveryCodes(userId);
        for (String hash : hashes) {
            rows.insertRecoveryCode(userId, hash);
        }
    }

    /** Marks an unused code used; false when there is none (unknown or already used). */
    boolean useRecoveryCode(long userId, String hash, Instant now) {
        return rows.useRecoveryCode(userId, hash, now) == 1;
    }

    int recoveryCodesLeft(long userId) {
        return rows.recoveryCodesLeft(userId);
    }

    /** Removes the credential (confirmed or not) and the recovery codes; answers whether there was a credential. */
    boolean remove(long userId) {
        int removed = rows.deleteCredential(userId);
        rows.deleteRecoveryCodes(userId);
        return removed > 0;
    }
}
