package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** EPCIS 2.0 JSON-LD as the project writes it: events recorded in the console and exported documents. */
final class EpcisJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** GS1's JSON-LD context for EPCIS 2.0, and the project's namespace for its extension fields. */
    static final String GS1_CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
    static final String OCOP_NAMESPACE = "https://ocop.vn/epcis/";
    static final String PROVINCE = "ocop:province";
    static final String COMMUNE = "ocop:commune";

    private EpcisJson() {
    }

    /** One batch in an event: its lot URI and, when known, how many units. */
    record Lot(String gtin, String lot, @Nullable Integer quantity) {
    }

    static String time(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, offset));
    }

    /**
     * An event in a batch's life: an ObjectEvent on the subject batch, or a TransformationEvent from
     * the inputs into it when there are inputs.
     */
    static ObjectNode event(String eventId, String step, Instant at, ZoneOffset offset, Instant recorded, Lot subject,
                            List<Lot> inputs, String readPoint, @Nullable String province, @Nullable String commune) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("type", inputs.isEmpty() ? "ObjectEvent" : "TransformationEvent");
        e.put("eventTime", time(at, offset));
        e.put("recordTime", time(recorded, ZoneOffset.UTC));
        e.put("eventTimeZoneOffset", offset.getId().equals("Z") ? "+00:00" : offset.getId());
        e.put("eventID", eventId);
        if (inputs.isEmpty()) {
            e.put("action", step.equals("commissioning") || step.equals("harvesting") ? "ADD" : "OBSERVE");
            e.putArray("epcList");
            quantities(e.putArray("quantityList"), List.of(subject));
        } else {
            quantities(e.putArray("inputQuantityList"), inputs);
            quantities(e.putArray("outputQuantityList"), List.of(subject));
        }
        e.put("bizStep", Cbv.term(step));
        e.put("disposition", Cbv.disposition(step));
        e.putObject("readPoint").put("id", readPoint);
        if (province != null) {
            e.put(PROVINCE, province);
        }
        if (commune != null) {
            e.put(COMMUNE, commune);
        }
        return e;
    }

    private static void quantities(ArrayNode list, List<Lot> lots) {
        for (Lot l : lots) {
            ObjectNode q = list.addObject();
            q.put("epcClass", EpcisIds.lotUri(l.gtin(), l.lot()));
            if (l.quantity() != null) {
                q.put("quantity", l.quantity());
            }
        }
    }

    /** An EPCISDocument holding these events (each as recorded). */
    static ObjectNode document(Instant created, List<JsonNode> events) {
        ObjectNode d = MAPPER.createObjectNode();
        ArrayNode context = d.putArray("@context");
        context.add(GS1_CONTEXT);
        context.addObject().put("ocop", OCOP_NAMESPACE);
        d.put("type", "EPCISDocument");
        d.put("schemaVersion", "2.0");
        d.put("creationDate", time(created, ZoneOffset.UTC));
        ArrayNode list = d.putObject("epcisBody").putArray("eventList");
        events.forEach(list::add);
        return d;
    }
}
