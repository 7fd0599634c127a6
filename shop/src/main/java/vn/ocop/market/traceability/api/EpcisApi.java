package vn.ocop.market.traceability.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.ocop.market.traceability.TraceEvents;

/**
 * The EPCIS 2.0 events of batches, public: {@code ?gtin=} (GTIN-14) and optionally {@code &lot=}
 * give an {@code EPCISDocument} (JSON-LD) of their events in time order; it satisfies GS1's schema.
 */
@Controller("/api/epcis")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EpcisApi {

    /** The JSON-LD media type EPCIS 2.0 documents are served as. */
    public static final String JSON_LD = "application/ld+json";

    private final TraceEvents events;

    EpcisApi(TraceEvents events) {
        this.events = events;
    }

    @Get("/events")
    public HttpResponse<String> events(@QueryValue @Nullable String gtin, @QueryValue @Nullable String lot) {
        return HttpResponse.ok(events.document(gtin == null ? "" : gtin.strip(), lot)).contentType(JSON_LD);
    }
}
