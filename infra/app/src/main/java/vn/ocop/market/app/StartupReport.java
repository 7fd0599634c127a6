package vn.ocop.market.app;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/** Says where the marketplace listens and how long the JVM took to get there. */
@Singleton
class StartupReport implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        LOG.info("OCOP marketplace ready in {} s: http://localhost:{}/ (console: /admin)",
                String.format("%.1f", seconds), event.getSource().getPort());
    }
}
