package vn.ocop.market.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.util.List;
import java.util.Optional;

/**
 * A producer's GS1 company prefix (the number GS1 Vietnam licenses a company, 4 to 12 digits): the
 * GTINs of its products that have none of their own are built from it. Prefixes are unique, and as
 * GS1 never licenses one that begins another, none may begin or extend another producer's. The
 * caller checks who asks (traceability's {@code CompanyPrefixes} service).
 */
@Singleton
public class CompanyPrefixes {

    /** The shortest and longest GS1 company prefix (GS1 General Specifications 1.4.4). */
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 12;

    private final CompanyPrefixRepository repository;

    CompanyPrefixes(CompanyPrefixRepository repository) {
        this.repository = repository;
    }

    /** Whether the text has the form of a GS1 company prefix: 4 to 12 digits. */
    public static boolean wellFormed(@Nullable String prefix) {
        return prefix != null && prefix.length() >= MIN_LENGTH && prefix.length() <= MAX_LENGTH
                && prefix.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The producer's prefix, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> of(long producerId) {
        return repository.prefix(producerId);
    }

    /** What is wrong with giving the producer this prefix (blank: removing it), without saving anything. */
    @Transactional(readOnly = true)
    public List<FieldError> problems(long producerId, @Nullable String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty()) {
            return List.of();
        }
        if (!p.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return List.of(FieldError.of("prefix", "producer.gs1Prefix.digits"));
        }
        if (!wellFormed(p)) {
            return List.of(FieldError.of("prefix", "producer.gs1Prefix.length", MIN_LENGTH, MAX_LENGTH));
        }
        if (repository.overlapping(producerId, p) > 0) {
            return List.of(FieldError.of("prefix", "producer.gs1Prefix.taken"));
        }
        return List.of();
    }

    /** Saves the producer's prefix (blank removes it); batches recorded from now on take GTINs from it. */
    @Transactional
    public Optional<String> save(long producerId, @Nullable String prefix) {
        List<FieldError> errors = problems(producerId, prefix);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String p = prefix == null || prefix.isBlank() ? null : prefix.strip();
        if (repository.update(producerId, p) != 1) {
            throw InvalidInputException.of("producerId", "producer.application.notFound");
        }
        return Optional.ofNullable(p);
    }

    /** Producers with a prefix, by name, one page. */
    @Transactional(readOnly = true)
    public List<PrefixedProducer> page(int offset, int limit) {
        return repository.page(offset, limit);
    }

    /** How many producers have a prefix. */
    @Transactional(readOnly = true)
    public int count() {
        return repository.countPrefixed();
    }
}
