package vn.ocop.market.traceability.ui;

import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.traceability.ScanSource;

/** The scan a trace page's request is: who asked, with what, and whether it was a HEAD or a prefetch. */
final class ScanRequests {

    private ScanRequests() {
    }

    /** The request being handled on this thread, with the province the client shared (or null). */
    static @Nullable ScanSource current(@Nullable String province) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return null;
        }
        String purpose = String.valueOf(request.getHeader("Sec-Purpose")) + " " + request.getHeader("Purpose")
                + " " + request.getHeader("X-Moz");
        boolean headOrPrefetch = "HEAD".equals(request.getMethod()) || purpose.contains("prefetch");
        return new ScanSource(ClientAddress.of(request), request.getHeader("User-Agent"), headOrPrefetch, province);
    }
}
