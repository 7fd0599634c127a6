package vn.ocop.market.app.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.market.apiclient.ApiClient;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.app.http.TrustedProxies;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /metrics} in the Prometheus text format, for the scraper only: from the loopback in the
 * demo mode; from the addresses of {@code ocop.metrics.allow} (IPs or CIDR ranges; the client address
 * as the trusted proxies give it); or to an API client presenting a bearer token with the
 * {@code metrics:read} scope. A wrong token gets 401, a token without the scope 403, anyone else 404,
 * as if there were nothing here.
 */
public final class MetricsServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient PrometheusMeterRegistry registry;
    private final transient ApiClients clients;
    private final transient TrustedProxies allowed;
    private final boolean loopbackAllowed;

    public MetricsServlet(PrometheusMeterRegistry registry, ApiClients clients, String allow, boolean demo) {
        this.registry = registry;
        this.clients = clients;
        // The same matcher as the trusted proxies': a list of addresses and CIDR ranges.
        this.allowed = addresses(allow);
        this.loopbackAllowed = demo;
    }

    private static TrustedProxies addresses(String allow) {
        try {
            return new TrustedProxies(allow);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OCOP_METRICS_ALLOW (ocop.metrics.allow) is not a list of IPs or CIDR ranges: "
                    + allow, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiClient> client = clients.authenticate(header.substring(7).trim());
            if (client.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (!client.get().scopes().contains(ApiScope.METRICS_READ)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        } else if (!addressAllowed(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private boolean addressAllowed(String address) {
        if (address == null) {
            return false;
        }
        if (allowed.trusts(address)) {
            return true;
        }
        if (!loopbackAllowed || !address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
