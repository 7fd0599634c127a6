package vn.ocop.market.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.producer.StoryEdit;

/**
 * A producer's users tell its story: the story in Vietnamese and English (sanitised), a video link
 * and where it is. Always the signed-in user's own producer; every save audited.
 */
@Singleton
public class ProducerStories {

    private final Producers producers;
    private final TeamRefusals refusals;
    private final AuditTrail audit;

    ProducerStories(Producers producers, TeamRefusals refusals, AuditTrail audit) {
        this.producers = producers;
        this.refusals = refusals;
        this.audit = audit;
    }

    /** The signed-in producer user's own producer. */
    @Transactional(readOnly = true)
    public Producer own(SignedInUser user) {
        return producers.find(producerOf(user, "open story")).orElseThrow();
    }

    /** Saves the story, video link and place of the user's own producer; answers the producer as saved. */
    @Transactional
    public Producer save(SignedInUser user, StoryEdit edit) {
        long producerId = producerOf(user, "save story");
        Producer saved = producers.saveStory(producerId, edit);
        audit.record(user.email(), "PRODUCER_STORY_SAVED", null, null, "producer " + producerId + " " + saved.name()
                + (saved.videoUrl() == null ? "" : ", video " + saved.videoUrl()));
        return saved;
    }

    private long producerOf(SignedInUser user, String attempted) {
        if (user == null || user.role() != Role.PRODUCER || user.producerId() == null) {
            refusals.record(user, attempted);
            throw new SecurityException("Only a producer's users may edit its story");
        }
        return user.producerId();
    }
}
