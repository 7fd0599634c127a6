package vn.ocop.market.app.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts Vaadin sessions and open UIs (browser tabs) of this JVM, as gauges of the global registry
 * ({@code vaadin.sessions}, {@code vaadin.uis}). Found by Vaadin through the service loader.
 */
public class VaadinMeters implements VaadinServiceInitListener {

    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final AtomicInteger UIS = new AtomicInteger();

    static {
        Gauge.builder("vaadin.sessions", SESSIONS, AtomicInteger::get).description("Open Vaadin sessions")
                .register(Metrics.globalRegistry);
        Gauge.builder("vaadin.uis", UIS, AtomicInteger::get).description("Open Vaadin UIs (browser tabs)")
                .register(Metrics.globalRegistry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> SESSIONS.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> SESSIONS.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            UIS.incrementAndGet();
            e.getUI().addDetachListener(d -> UIS.decrementAndGet());
        });
    }
}
