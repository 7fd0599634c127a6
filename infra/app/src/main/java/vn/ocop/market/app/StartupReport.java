package vn.ocop.market.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.shared.RunMode;

import java.lang.management.ManagementFactory;

/** Says where the marketplace listens, in which mode, and how long the JVM took to get there. */
@Singleton
class StartupReport implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final RunMode mode;

    StartupReport(@Value("${" + RunMode.PROPERTY + ":production}") String mode) {
        this.mode = RunMode.of(mode);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        int port = event.getSource().getPort();
        if (mode.demo()) {
            // Last thing on the console, so nobody mistakes a demo for a deployment.
            LOG.warn("""

                    ==========================================================================
                      DEMO MODE (OCOP_MODE=demo) -- not for the internet.
                      Demo catalog and accounts (passwords in README.md); admin API token
                      "{}" unless OCOP_ADMIN_TOKEN is set. To deploy: OCOP_MODE=production
                      (README, "Modes"); check with --check-config.
                    ==========================================================================""",
                    ConfigCheck.DEMO_ADMIN_TOKEN);
        }
        LOG.info("OCOP marketplace ({} mode) ready in {} s: http://localhost:{}/ (console: /admin)",
                mode.name().toLowerCase(java.util.Locale.ROOT), String.format("%.1f", seconds), port);
    }
}
