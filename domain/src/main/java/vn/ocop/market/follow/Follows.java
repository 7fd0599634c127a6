package vn.ocop.market.follow;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.util.List;

/**
 * Shoppers following producers: a signed-in shopper follows or stops following a public producer
 * from its page; the followers are those told about the producer's new products. The shopper is
 * always the signed-in user, never an id from input.
 */
@Singleton
public class Follows {

    private final FollowRepository repository;
    private final Producers producers;
    private final Clock clock;

    Follows(FollowRepository repository, Producers producers, Clock clock) {
        this.repository = repository;
        this.producers = producers;
        this.clock = clock;
    }

    /**
     * Follows the producer when the shopper does not yet, else stops following it.
     *
     * @return whether the shopper follows the producer now
     * @throws InvalidInputException {@code follow.shoppersOnly} for anyone but a signed-in shopper
     * @throws NotFoundException     no public producer with this id
     */
    @Transactional
    public boolean toggle(SignedInUser user, long producerId) {
        if (user == null || user.role() != Role.CONSUMER) {
            throw InvalidInputException.of("follow", "follow.shoppersOnly");
        }
        if (producers.publicById(producerId).isEmpty()) {
            throw new NotFoundException("producer " + producerId);
        }
        if (repository.remove(user.id(), producerId) > 0) {
            return false;
        }
        repository.add(user.id(), producerId, clock.instant());
        return true;
    }

    /** Whether this user follows the producer (false for nobody signed in). */
    @Transactional(readOnly = true)
    public boolean follows(SignedInUser user, long producerId) {
        return user != null && repository.countOne(user.id(), producerId) > 0;
    }

    /** How many shoppers follow the producer. */
    @Transactional(readOnly = true)
    public long count(long producerId) {
        return repository.countOf(producerId);
    }

    /** The ids of the users who follow the producer, to tell them about its new products. */
    @Transactional(readOnly = true)
    public List<Long> followersOf(long producerId) {
        return repository.followersOf(producerId);
    }
}
