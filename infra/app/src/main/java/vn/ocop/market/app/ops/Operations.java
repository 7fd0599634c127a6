package vn.ocop.market.app.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.RunMode;

import java.time.Clock;
import java.time.Duration;

/**
 * What the server needs to be operated: the meter registry and its scrape endpoint, the draining
 * state, and how long a stop waits ({@code ocop.shutdown.*}, {@code ocop.metrics.allow}).
 */
@Singleton
public class Operations {

    private final PrometheusMeterRegistry registry;
    private final Draining draining;
    private final ApiClients clients;
    private final String metricsAllow;
    private final RunMode mode;
    private final Duration drainGrace;
    private final Duration stopTimeout;

    Operations(PrometheusMeterRegistry registry, Draining draining, ApiClients clients, Outbox outbox, Clock clock,
               @Value("${ocop.metrics.allow:}") String metricsAllow,
               @Value("${ocop.mode:production}") String mode,
               @Value("${ocop.shutdown.drain-grace:5s}") Duration drainGrace,
               @Value("${ocop.shutdown.stop-timeout:30s}") Duration stopTimeout) {
        this.registry = registry;
        Meters.outbox(registry, outbox, clock);
        this.draining = draining;
        this.clients = clients;
        this.metricsAllow = metricsAllow;
        this.mode = RunMode.of(mode);
        this.drainGrace = drainGrace;
        this.stopTimeout = stopTimeout;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Draining draining() {
        return draining;
    }

    /** How long a draining instance keeps serving new requests, so that the balancer sees it leave. */
    public Duration drainGrace() {
        return drainGrace;
    }

    /** How long a stop waits for the requests in flight. */
    public Duration stopTimeout() {
        return stopTimeout;
    }

    public MetricsServlet metricsServlet() {
        return new MetricsServlet(registry, clients, metricsAllow, mode.demo());
    }
}
