package vn.ocop.market.admin.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.traceability.EpcisCapture;

/**
 * EPCIS 2.0 capture for provincial systems: an {@code EPCISDocument} checked against GS1's schema
 * (400 with the schema's reasons when it fails), its events stored against the batches they name,
 * all or nothing.
 */
@Controller("/api/epcis/capture")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EpcisCaptureApi {

    private final EpcisCapture capture;

    EpcisCaptureApi(EpcisCapture capture) {
        this.capture = capture;
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
    @RequiresScope(ApiScope.TRACEABILITY_WRITE)
    public EpcisCapture.Captured capture(HttpRequest<?> request, @Body String document) {
        return capture.capture(document, ApiCaller.actor(request));
    }
}
