package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The scans of trace links and what they tell: every hit of a batch's or unit's link is logged
 * (bots, HEAD requests and prefetches as such, and never counted), at most {@link CloneRules#clientPerHour}
 * per client and hour, a client's repeat of the same code within {@link CloneRules#repeatWindow}
 * not counted again. After each counted scan of a unit the clone rules judge it. Producers see
 * their own batches' counts, officers all.
 */
@Singleton
public class Scans {

    /** What became of a hit. */
    public enum Outcome { COUNTED, REPEAT, NOT_COUNTED, RATE_LIMITED }

    /** The most flagged codes a list shows. */
    public static final int FLAGGED_LIMIT = 200;

    private final ScanRepository scans;
    private final SerialRepository serials;
    private final CloneRules rules;
    private final Clock clock;

    Scans(ScanRepository scans, SerialRepository serials, CloneRules rules, Clock clock) {
        this.scans = scans;
        this.serials = serials;
        this.rules = rules;
        this.clock = clock;
    }

    /** Logs a hit of a batch's link ({@code unit} null) or a unit's. */
    @Transactional
    public Outcome record(ScanSource source, long batchId, @Nullable UnitSerial unit) {
        return record(source, batchId, unit == null ? null : unit.id(), unit == null ? null : unit.serial());
    }

    /**
     * Logs a hit of a serial the batch never had (a counterfeit label's, say): it counts towards the
     * batch's distinct serials, which more than its units betray cloned codes.
     */
    @Transactional
    public Outcome recordUnknownSerial(ScanSource source, long batchId, String serial) {
        return record(source, batchId, null, serial);
    }

    private Outcome record(ScanSource source, long batchId, @Nullable Long serialId, @Nullable String serial) {
        Instant now = clock.instant();
        String key = clientKey(source.clientAddress());
        if (scans.countByClientSince(key, now.minus(Duration.ofHours(1))) >= rules.clientPerHour()) {
            return Outcome.RATE_LIMITED;
        }
        String province = ProvinceCentres.known(source.province()) ? source.province() : null;
        AgentClass agent = source.agentClass();
        if (agent == AgentClass.BOT) {
            scans.save(new TraceScan(null, batchId, serialId, serial, now, province, agent, key));
            return Outcome.NOT_COUNTED;
        }
        var repeat = scans.lastSameSince(key, batchId, serial, now.minus(rules.repeatWindow()));
        if (repeat.isPresent()) {
            TraceScan last = repeat.get();
            if (province != null && last.province() == null && scans.shareProvince(last.id(), province) > 0
                    && serialId != null) {
                serials.firstProvince(serialId, province);
                judge(serialId, now);
            }
            return Outcome.REPEAT;
        }
        scans.save(new TraceScan(null, batchId, serialId, serial, now, province, agent, key));
        if (serialId != null) {
            serials.counted(serialId, now, province);
            judge(serialId, now);
        }
        return Outcome.COUNTED;
    }

    private void judge(long serialId, Instant now) {
        UnitSerial unit = serials.lock(serialId).orElseThrow();
        if (unit.flagged()) {
            return;
        }
        List<TraceScan> recent = scans.ofSerialSince(serialId, now.minus(rules.window()));
        rules.verdict(recent, unit.scans()).ifPresent(reason -> serials.flag(serialId, now, reason));
    }

    /** How many distinct units of a batch were scanned (counted scans). */
    @Transactional(readOnly = true)
    public int distinctSerials(long batchId) {
        return scans.distinctSerials(batchId);
    }

    /** Scan counts per batch the user may see (a producer its own, officers all), newest first. */
    @Transactional(readOnly = true)
    public List<BatchScans> perBatch(SignedInUser user, int offset, int limit) {
        return scans.batchScans(scope(user), limit, offset);
    }

    /** How many batches {@link #perBatch} pages through. */
    @Transactional(readOnly = true)
    public long countBatches(SignedInUser user) {
        return scans.countBatches(scope(user));
    }

    /** The flagged codes of the batches the user may see, the latest flagged first. */
    @Transactional(readOnly = true)
    public List<FlaggedSerial> flagged(SignedInUser user) {
        return scans.flagged(scope(user), FLAGGED_LIMIT);
    }

    /** The producer whose batches the user sees, or null for all (officers). */
    static @Nullable Long scope(SignedInUser user) {
        if (user != null && user.hasRole(Role.OFFICER)) {
            return null;
        }
        if (user != null && user.role() == Role.PRODUCER && user.producerId() != null) {
            return user.producerId();
        }
        throw new NotFoundException("scans");
    }

    /** A stable, short hash of a client's address: the address itself is never stored. */
    static String clientKey(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(("ocop-trace-scan|" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
