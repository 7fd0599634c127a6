package vn.ocop.market.ui;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the browser behind the current request, for sign-in throttling. One place, so
 * that honouring X-Forwarded-For from trusted proxies changes only this helper.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
