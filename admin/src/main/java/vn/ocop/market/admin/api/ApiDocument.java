package vn.ocop.market.admin.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI document of the JSON API, written by hand next to the controllers. It is public
 * (outside /api/admin), so that provincial systems can generate clients before they hold a token.
 */
@Controller("/api/openapi.yml")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiDocument {

    /** RFC 9512's media type; YAML is UTF-8 and takes no charset parameter. */
    public static final String YAML = "application/yaml";
    static final String RESOURCE = "/openapi/ocop-api.yml";

    private final byte[] document;

    ApiDocument() {
        try (InputStream in = ApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Produces(YAML)
    public HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of(YAML));
    }
}
