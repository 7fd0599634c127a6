package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lot numbers, GS1 AI (10): 1 to 20 characters of GS1's character set 82 (digits, Latin letters,
 * and {@code ! " % & ' ( ) * + , - . / : ; < = > ? _}); case matters.
 */
public final class Lots {

    public static final int MAX_LENGTH = 20;

    private static final Pattern CSET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");

    private Lots() {
    }

    /** The message code of what is wrong with the lot, or empty when it is a valid lot. */
    public static Optional<String> problem(@Nullable String lot) {
        if (lot == null || lot.isEmpty()) {
            return Optional.of("traceability.lot.required");
        }
        if (lot.length() > MAX_LENGTH) {
            return Optional.of("traceability.lot.tooLong");
        }
        if (!CSET_82.matcher(lot).matches()) {
            return Optional.of("traceability.lot.characters");
        }
        return Optional.empty();
    }

    public static boolean valid(@Nullable String lot) {
        return problem(lot).isEmpty();
    }
}
