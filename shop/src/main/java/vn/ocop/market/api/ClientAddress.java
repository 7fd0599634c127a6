package vn.ocop.market.api;

import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.http.HttpRequest;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The address of the client behind a request, for throttling and audit. Forwarded headers are
 * already resolved by the server, and only when they come from a trusted proxy
 * ({@code ocop.http.trusted-proxies}); a header written by the client itself never changes it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    public static String of(VaadinRequest request) {
        return request.getRemoteAddr();
    }

    public static String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** The client of the Vaadin request being handled on this thread, if any. */
    public static Optional<String> current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : Optional.ofNullable(request.getRemoteAddr());
    }
}
