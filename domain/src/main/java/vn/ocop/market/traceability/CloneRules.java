package vn.ocop.market.traceability;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a serialised unit's code looks cloned ({@code ocop.trace.clone.*}): two counted scans in
 * provinces farther apart than a traveller could go between them ({@code maxSpeedKmh}, with
 * {@code toleranceKm} for the coarseness of a province) within {@code window}; or more counted scans
 * than {@code maxScans} (one unit is scanned a few times by its buyer, not by a crowd). Counted scans
 * are rate-limited per client: {@code clientPerHour} at most, and the same client scanning the same
 * code again within {@code repeatWindow} is not counted again.
 */
@ConfigurationProperties("ocop.trace.clone")
public record CloneRules(@Bindable(defaultValue = "PT24H") Duration window,
                         @Bindable(defaultValue = "250") double maxSpeedKmh,
                         @Bindable(defaultValue = "100") double toleranceKm,
                         @Bindable(defaultValue = "20") int maxScans,
                         @Bindable(defaultValue = "30") int clientPerHour,
                         @Bindable(defaultValue = "PT10M") Duration repeatWindow) {

    /** The default rules. */
    public static CloneRules defaults() {
        return new CloneRules(Duration.ofHours(24), 250, 100, 20, 30, Duration.ofMinutes(10));
    }

    /**
     * Why the unit looks cloned after its latest scan, if it does.
     *
     * @param recent     the unit's counted scans within the window, oldest first, the latest included
     * @param totalScans the unit's counted scans ever
     */
    public Optional<String> verdict(List<TraceScan> recent, int totalScans) {
        if (totalScans > maxScans) {
            return Optional.of("FREQUENCY");
        }
        for (int i = 0; i < recent.size(); i++) {
            for (int j = i + 1; j < recent.size(); j++) {
                if (implausible(recent.get(i), recent.get(j))) {
                    return Optional.of("DISTANCE");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether nobody could have carried the unit from one scan's province to the other's in between. */
    boolean implausible(TraceScan a, TraceScan b) {
        if (!ProvinceCentres.known(a.province()) || !ProvinceCentres.known(b.province())) {
            return false;
        }
        Duration between = Duration.between(a.scannedAt(), b.scannedAt()).abs();
        if (between.compareTo(window) > 0) {
            return false;
        }
        double reachable = maxSpeedKmh * between.toSeconds() / 3600.0 + toleranceKm;
        return ProvinceCentres.km(a.province(), b.province()) > reachable;
    }
}
