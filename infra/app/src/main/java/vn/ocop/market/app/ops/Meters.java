package vn.ocop.market.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * The application's meter registry, in the Prometheus format. Work counted deep in the features
 * (checkouts, payments, jobs, searches) goes to Micrometer's global registry, which this one joins
 * while the application runs; the connection pool reports to it by itself (Micronaut's Hikari
 * integration: {@code hikaricp_connections*}); the outbox gauges are {@link Operations}'. The
 * registry depends on nothing, since the data source asks for it while being built.
 */
@Factory
class Meters {

    @Singleton
    @Bean(preDestroy = "close")
    PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) {
            @Override
            public void close() {
                Metrics.globalRegistry.remove(this);
                super.close();
            }
        };
        Metrics.addRegistry(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** Outbox figures read when scraped: NaN (shown as such) while the database does not answer. */
    static void outbox(PrometheusMeterRegistry registry, Outbox outbox, Clock clock) {
        Gauge.builder("ocop.outbox.backlog", outbox, safely(Outbox::backlog))
                .description("Outbox entries not yet turned into index writes").register(registry);
        Gauge.builder("ocop.outbox.oldest.age", outbox, safely(o -> o.oldestPending()
                        .map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis()) / 1000.0).orElse(0.0)))
                .description("Age of the oldest outbox entry not yet processed").baseUnit("seconds").register(registry);
    }

    private static <T> ToDoubleFunction<T> safely(ToDoubleFunction<T> figure) {
        return t -> {
            try {
                return figure.applyAsDouble(t);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        };
    }
}
