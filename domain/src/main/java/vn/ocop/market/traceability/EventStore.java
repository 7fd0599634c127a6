package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/** Writes one event and the batches it names, inside the caller's transaction. */
@Singleton
class EventStore {

    /** What an event is, as stored beside its JSON. */
    record Fields(String eventId, String type, @Nullable String action, @Nullable String bizStep,
                  @Nullable String disposition, Instant eventTime, String offset, @Nullable String readPoint,
                  @Nullable String gln, @Nullable String province, @Nullable String commune) {
    }

    private final TraceEventRepository events;

    EventStore(TraceEventRepository events) {
        this.events = events;
    }

    /** Stores the event; {@code links} maps batch ids to their role (SUBJECT, INPUT, OUTPUT). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    TraceEvent store(Fields f, JsonNode json, Map<Long, String> links, String source, @Nullable String actor,
                     Instant recorded) {
        TraceEvent saved = events.save(new TraceEvent(null, f.eventId(), f.type(), f.action(), f.bizStep(),
                f.disposition(), f.eventTime(), f.offset(), recorded, f.readPoint(), f.gln(), f.province(), f.commune(),
                source, actor, EpcisJson.MAPPER.writeValueAsString(json)));
        links.forEach((batchId, role) -> events.link(saved.id(), batchId, role));
        return saved;
    }
}
