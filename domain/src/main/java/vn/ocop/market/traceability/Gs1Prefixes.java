package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.CompanyPrefixes;
import vn.ocop.market.producer.PrefixedProducer;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.util.List;
import java.util.Optional;

/**
 * Who may see and set GS1 company prefixes: a producer its own (from its session, never from a
 * URL), officers every producer's, read-only. GTINs of batches recorded from then on are built from
 * the prefix ({@link Gtin14#assign}); a product's first batch fixes its GTIN, so links never move.
 */
@Singleton
public class Gs1Prefixes {

    /** The product number of the example GTIN the console shows. */
    static final long EXAMPLE_PRODUCT = 1;

    private final CompanyPrefixes prefixes;

    Gs1Prefixes(CompanyPrefixes prefixes) {
        this.prefixes = prefixes;
    }

    /** The signed-in producer's prefix, if it has one. */
    public Optional<String> mine(SignedInUser user) {
        return prefixes.of(producerOf(user));
    }

    /** What is wrong with the prefix for the signed-in producer (blank: none). */
    public List<FieldError> problems(SignedInUser user, @Nullable String prefix) {
        return prefixes.problems(producerOf(user), prefix);
    }

    /** Saves the signed-in producer's prefix (blank removes it). */
    public Optional<String> save(SignedInUser user, @Nullable String prefix) {
        return prefixes.save(producerOf(user), prefix);
    }

    /** Every producer with a prefix, for officers. */
    public List<PrefixedProducer> page(SignedInUser user, int offset, int limit) {
        officer(user);
        return prefixes.page(Math.max(0, offset), Math.max(0, limit));
    }

    /** How many producers have a prefix, for officers. */
    public int count(SignedInUser user) {
        officer(user);
        return prefixes.count();
    }

    /** The GTIN-14 a product without its own GTIN would get from the prefix, or empty when it leaves no digits. */
    public static Optional<String> exampleGtin(@Nullable String prefix) {
        if (!CompanyPrefixes.wellFormed(prefix)) {
            return Optional.empty();
        }
        String gtin = Gtin14.assign(null, prefix, EXAMPLE_PRODUCT, null);
        return Gtin14.internal(gtin) ? Optional.empty() : Optional.of(gtin);
    }

    private static void officer(SignedInUser user) {
        if (user == null || !user.hasRole(Role.OFFICER)) {
            throw InvalidInputException.of("user", "traceability.gs1Prefix.officersOnly");
        }
    }

    private static long producerOf(SignedInUser user) {
        if (user == null || !user.hasRole(Role.PRODUCER) || user.producerId() == null) {
            throw InvalidInputException.of("producer", "traceability.gs1Prefix.producerOnly");
        }
        return user.producerId();
    }
}
