package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The EPCIS events of batches: a producer records them on its own batches from the console, and
 * anyone may read a batch's events as an EPCIS 2.0 document (GS1's schema holds for every export).
 */
@Singleton
public class TraceEvents {

    /** How far ahead of the clock an event may be dated (clock skew between systems), no further. */
    public static final Duration SKEW = Duration.ofMinutes(1);
    public static final int COMMUNE_LENGTH = 120;

    private final BatchRepository batches;
    private final TraceEventRepository events;
    private final EventStore store;
    private final Provinces provinces;
    private final Clock clock;

    TraceEvents(BatchRepository batches, TraceEventRepository events, EventStore store, Provinces provinces,
                Clock clock) {
        this.batches = batches;
        this.events = events;
        this.store = store;
        this.provinces = provinces;
        this.clock = clock;
    }

    /**
     * Records an event on one of the signed-in producer's batches.
     *
     * @throws InvalidInputException what is wrong with the event (step, time, place, inputs)
     * @throws NotFoundException     not a batch of this producer
     */
    @Transactional
    public TraceEventView record(SignedInUser user, long batchId, NewTraceEvent c) {
        Batch batch = batches.findById(batchId).filter(b -> ownedBy(user, b)).orElseThrow(
                () -> new NotFoundException("batch " + batchId));
        List<FieldError> errors = new ArrayList<>();
        if (batch.status() == BatchStatus.WITHDRAWN) {
            errors.add(FieldError.of("batch", "traceability.event.withdrawn"));
        }
        String step = c.step() == null ? "" : c.step().strip();
        if (!Cbv.STEPS.contains(step)) {
            errors.add(FieldError.of("step", "traceability.event.step"));
        }
        ZoneOffset offset = offset(c.timeZoneOffset(), errors);
        Instant at = null;
        if (c.time() == null) {
            errors.add(FieldError.of("time", "traceability.event.time"));
        } else if (offset != null) {
            at = c.time().atOffset(offset).toInstant();
            if (at.isAfter(clock.instant().plus(SKEW))) {
                errors.add(FieldError.of("time", "traceability.event.future"));
            }
        }
        String gln = blankToNull(c.gln());
        Province province = null;
        String commune = blankToNull(c.commune());
        if (gln != null) {
            if (!EpcisIds.validGln(gln)) {
                errors.add(FieldError.of("gln", "traceability.event.gln"));
            }
        } else {
            province = c.province() == null ? null : provinces.find(c.province().strip()).orElse(null);
            if (province == null) {
                errors.add(FieldError.of("province", "traceability.event.where"));
            }
        }
        if (commune != null && commune.length() > COMMUNE_LENGTH) {
            errors.add(FieldError.of("commune", "traceability.tooLong", COMMUNE_LENGTH));
        }
        List<EpcisJson.Lot> inputs = new ArrayList<>();
        Map<Long, String> links = new LinkedHashMap<>();
        if (!c.inputBatchIds().isEmpty()) {
            if (!step.equals("harvesting") && !step.equals("transforming")) {
                errors.add(FieldError.of("inputs", "traceability.event.inputsOnlyForTransforming"));
            }
            for (long id : c.inputBatchIds()) {
                Optional<Batch> input = batches.findById(id).filter(b -> ownedBy(user, b) && b.id() != batchId);
                if (input.isEmpty()) {
                    errors.add(FieldError.of("inputs", "traceability.event.input"));
                    break;
                }
                inputs.add(new EpcisJson.Lot(input.get().gtin(), input.get().lot(), null));
                links.put(id, "INPUT");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        links.put(batchId, inputs.isEmpty() ? "SUBJECT" : "OUTPUT");
        String readPoint = gln != null ? EpcisIds.glnUri(gln) : EpcisIds.ownLocation(province.code(), commune);
        String eventId = "urn:uuid:" + UUID.randomUUID();
        Instant now = clock.instant();
        ObjectNode json = EpcisJson.event(eventId, step, at, offset, now,
                new EpcisJson.Lot(batch.gtin(), batch.lot(), batch.quantity()), inputs, readPoint,
                province == null ? null : province.name(), commune);
        List<String> problems = EpcisSchema.problems(EpcisJson.document(now, List.of(json)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("a recorded event fails GS1's schema: " + problems);
        }
        TraceEvent saved = store.store(new EventStore.Fields(eventId, json.get("type").asString(),
                json.has("action") ? json.get("action").asString() : null, step, Cbv.disposition(step), at,
                json.get("eventTimeZoneOffset").asString(), readPoint, gln, province == null ? null : province.name(),
                commune), json, links, "CONSOLE", user.email(), now);
        return events.ofBatch(batchId).stream().filter(v -> v.id() == saved.id()).findFirst().orElseThrow();
    }

    /**
     * The EPCIS document of a GTIN's batches (one lot, or all its lots when {@code lot} is null):
     * their events in time order, as they were recorded.
     *
     * @throws InvalidInputException {@code traceability.gtin.invalid} or a lot problem
     */
    @Transactional(readOnly = true)
    public String document(String gtin, @Nullable String lot) {
        List<FieldError> errors = new ArrayList<>();
        if (!Gtin14.valid(gtin)) {
            errors.add(FieldError.of("gtin", "traceability.gtin.invalid"));
        }
        if (lot != null) {
            Lots.problem(lot).ifPresent(code -> errors.add(FieldError.of("lot", code, Lots.MAX_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Long> ids = (lot == null ? batches.findByGtin(gtin) : batches.findByGtinAndLot(gtin, lot).stream().toList())
                .stream().map(Batch::id).toList();
        List<JsonNode> list = ids.isEmpty() ? List.of()
                : events.documentsOf(ids).stream().map(EpcisJson.MAPPER::readTree).toList();
        return EpcisJson.MAPPER.writeValueAsString(EpcisJson.document(clock.instant(), list));
    }

    static @Nullable ZoneOffset offset(@Nullable String text, List<FieldError> errors) {
        try {
            if (text == null || !text.strip().matches("[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00")) {
                throw new DateTimeException("offset");
            }
            return ZoneOffset.of(text.strip());
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZoneOffset", "traceability.event.offset"));
            return null;
        }
    }

    private static boolean ownedBy(SignedInUser user, Batch b) {
        return user != null && user.hasRole(Role.PRODUCER) && user.producerId() != null
                && user.producerId() == b.producerId();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
