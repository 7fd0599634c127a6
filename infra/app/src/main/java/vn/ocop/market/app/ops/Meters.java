package vn.ocop.market.app.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
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
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.Outbox;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * The application's meter registry, in the Prometheus format. Work counted deep in the features
 * (checkouts, payments, jobs, searches) goes to Micrometer's global registry, which this one joins
 * while the application runs; gauges read their figures when scraped: the outbox, the connection
 * pool, the JVM.
 */
@Factory
class Meters {

    @Singleton
    @Bean(preDestroy = "close")
    PrometheusMeterRegistry registry(Outbox outbox, Clock clock, BeanContext beans) {
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
        Gauge.builder("ocop.outbox.backlog", outbox, safely(Outbox::backlog))
                .description("Outbox entries not yet turned into index writes").register(registry);
        Gauge.builder("ocop.outbox.oldest.age", outbox, safely(o -> o.oldestPending()
                        .map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis()) / 1000.0).orElse(0.0)))
                .description("Age of the oldest outbox entry not yet processed").baseUnit("seconds").register(registry);
        for (DataSource source : beans.getBeansOfType(DataSource.class)) {
            hikari(source).ifPresent(pool -> pool(registry, pool));
        }
        return registry;
    }

    /** The pool behind a data source (Micronaut hands out a transaction-aware proxy of it). */
    private static java.util.Optional<HikariDataSource> hikari(DataSource source) {
        if (source instanceof HikariDataSource pool) {
            return java.util.Optional.of(pool);
        }
        try {
            return source.isWrapperFor(HikariDataSource.class)
                    ? java.util.Optional.of(source.unwrap(HikariDataSource.class)) : java.util.Optional.empty();
        } catch (java.sql.SQLException e) {
            return java.util.Optional.empty();
        }
    }

    private static void pool(PrometheusMeterRegistry registry, HikariDataSource pool) {
        String name = pool.getPoolName() == null ? "default" : pool.getPoolName();
        poolGauge(registry, pool, name, "active", HikariPoolMXBean::getActiveConnections);
        poolGauge(registry, pool, name, "idle", HikariPoolMXBean::getIdleConnections);
        poolGauge(registry, pool, name, "total", HikariPoolMXBean::getTotalConnections);
        poolGauge(registry, pool, name, "pending", HikariPoolMXBean::getThreadsAwaitingConnection);
        Gauge.builder("db.pool.max", pool, HikariDataSource::getMaximumPoolSize).tag("pool", name).register(registry);
    }

    private static void poolGauge(PrometheusMeterRegistry registry, HikariDataSource pool, String name, String state,
                                  ToDoubleFunction<HikariPoolMXBean> figure) {
        Gauge.builder("db.pool.connections", pool, p -> {
                    HikariPoolMXBean bean = p.getHikariPoolMXBean();
                    return bean == null ? Double.NaN : figure.applyAsDouble(bean);
                })
                .description("Connections of the database pool by state").tags("pool", name, "state", state)
                .register(registry);
    }

    /** A figure that needs the database: NaN (shown as such) while the database does not answer. */
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
