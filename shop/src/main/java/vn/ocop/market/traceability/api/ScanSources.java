package vn.ocop.market.traceability.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.traceability.ScanSource;

/** The scan a request is: who asked, with what, and whether it was a HEAD or a prefetch (never counted). */
final class ScanSources {

    private ScanSources() {
    }

    static ScanSource of(HttpRequest<?> request, @Nullable String province) {
        String purpose = request.getHeaders().get("Sec-Purpose", String.class).orElse("") + " "
                + request.getHeaders().get("Purpose", String.class).orElse("") + " "
                + request.getHeaders().get("X-Moz", String.class).orElse("");
        boolean headOrPrefetch = request.getMethod() == HttpMethod.HEAD || purpose.contains("prefetch");
        return new ScanSource(ClientAddress.of(request), request.getHeaders().get("User-Agent"), headOrPrefetch, province);
    }
}
