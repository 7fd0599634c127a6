package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Captures EPCIS 2.0 documents from provincial systems: the document must satisfy GS1's schema
 * (else it is refused with the schema's reasons), no event may be dated in the future, and all
 * events are stored in one transaction or none. Each event is linked to the platform's batches it
 * names by GTIN and lot (Digital Link URIs or LGTIN classes); an event already captured (same
 * eventID) is skipped.
 */
@Singleton
public class EpcisCapture {

    /** What a capture stored: the events stored, those skipped as already known, and the batches linked. */
    public record Captured(int stored, int duplicates, List<CapturedEvent> events) {
    }

    /** One stored event and the lots of this platform it was linked to ({@code gtin/lot}). */
    public record CapturedEvent(String eventId, List<String> batches) {
    }

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("epcList", "SUBJECT");
        ROLES.put("quantityList", "SUBJECT");
        ROLES.put("childEPCs", "SUBJECT");
        ROLES.put("childQuantityList", "SUBJECT");
        ROLES.put("inputEPCList", "INPUT");
        ROLES.put("inputQuantityList", "INPUT");
        ROLES.put("outputEPCList", "OUTPUT");
        ROLES.put("outputQuantityList", "OUTPUT");
    }

    private final BatchRepository batches;
    private final TraceEventRepository events;
    private final EventStore store;
    private final Clock clock;

    EpcisCapture(BatchRepository batches, TraceEventRepository events, EventStore store, Clock clock) {
        this.batches = batches;
        this.events = events;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Validates and stores a document.
     *
     * @throws InvalidInputException {@code traceability.epcis.json} (not JSON), {@code traceability.epcis.schema}
     *                               (one per reason of the schema, the field naming where),
     *                               {@code traceability.epcis.notDocument}, {@code traceability.event.future},
     *                               {@code traceability.epcis.duplicateId}
     */
    @Transactional
    public Captured capture(String body, @Nullable String actor) {
        JsonNode doc;
        try {
            doc = EpcisJson.MAPPER.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw InvalidInputException.of("document", "traceability.epcis.json");
        }
        if (doc == null || doc.isMissingNode() || !doc.isObject()) {
            throw InvalidInputException.of("document", "traceability.epcis.json");
        }
        List<String> problems = EpcisSchema.problems(doc);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> FieldError.of(
                    p.substring(0, p.indexOf(": ")), "traceability.epcis.schema", p.substring(p.indexOf(": ") + 2)))
                    .toList());
        }
        if (!"EPCISDocument".equals(doc.path("type").asString(""))) {
            throw InvalidInputException.of("type", "traceability.epcis.notDocument");
        }
        Instant now = clock.instant();
        ObjectNode context = prefixes(doc.get("@context"));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> list = new ArrayList<>();
        doc.path("epcisBody").path("eventList").forEach(list::add);
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            Instant at = time(e.path("eventTime").asString(""));
            if (at == null) {
                errors.add(FieldError.of("$.epcisBody.eventList[" + i + "].eventTime", "traceability.epcis.time"));
            } else if (at.isAfter(now.plus(TraceEvents.SKEW))) {
                errors.add(FieldError.of("$.epcisBody.eventList[" + i + "].eventTime", "traceability.event.future"));
            }
            String id = e.path("eventID").asString("");
            if (!id.isEmpty() && !seen.add(id)) {
                errors.add(FieldError.of("$.epcisBody.eventList[" + i + "].eventID", "traceability.epcis.duplicateId",
                        id));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int duplicates = 0;
        List<CapturedEvent> stored = new ArrayList<>();
        for (JsonNode node : list) {
            ObjectNode e = ((ObjectNode) node).deepCopy();
            String id = e.path("eventID").asString("");
            if (id.isEmpty()) {
                id = "urn:uuid:" + UUID.randomUUID();
                e.put("eventID", id);
            } else if (events.existsByEventId(id)) {
                duplicates++;
                continue;
            }
            if (!e.has("@context") && context != null) {
                e.putArray("@context").add(context);
            }
            Map<Long, String> links = new LinkedHashMap<>();
            List<String> named = new ArrayList<>();
            ROLES.forEach((field, role) -> e.path(field).forEach(item -> {
                String uri = item.isObject() ? item.path("epcClass").asString("") : item.asString("");
                EpcisIds.lot(uri).flatMap(l -> batches.findByGtinAndLot(l.gtin(), l.lot())).ifPresent(b -> {
                    if (links.putIfAbsent(b.id(), role) == null) {
                        named.add(b.gtin() + "/" + b.lot());
                    }
                });
            }));
            String readPoint = e.path("readPoint").path("id").asString(null);
            store.store(new EventStore.Fields(id, e.path("type").asString(), text(e, "action"),
                    Cbv.shortName(text(e, "bizStep")), Cbv.shortName(text(e, "disposition")),
                    OffsetDateTime.parse(e.path("eventTime").asString()).toInstant(),
                    e.path("eventTimeZoneOffset").asString(), readPoint, EpcisIds.gln(readPoint).orElse(null),
                    text(e, EpcisJson.PROVINCE), text(e, EpcisJson.COMMUNE)), e, links, "CAPTURE", actor, now);
            stored.add(new CapturedEvent(id, named));
        }
        return new Captured(stored.size(), duplicates, stored);
    }

    private static @Nullable Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The prefixes the document's context defines beside GS1's ({@code "example": "http://…"}), if any. */
    private static @Nullable ObjectNode prefixes(@Nullable JsonNode context) {
        if (context == null || !context.isArray()) {
            return context != null && context.isObject() ? (ObjectNode) context : null;
        }
        ObjectNode merged = EpcisJson.MAPPER.createObjectNode();
        for (JsonNode c : (ArrayNode) context) {
            if (c.isObject()) {
                merged.setAll((ObjectNode) c);
            }
        }
        return merged.isEmpty() ? null : merged;
    }

    private static @Nullable String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || !v.isString() ? null : truncate(v.asString(), 255);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
