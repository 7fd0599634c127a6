package vn.ocop.market.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.RunMode;

import java.util.Optional;

/** Tells visitors and staff that this is the demo (sample data, public passwords); shows nothing in production. */
@Singleton
public class DemoBanner {

    /** The element id of the notice, for tests and styles. */
    public static final String ID = "demo-notice";

    private final boolean demo;

    @Inject
    DemoBanner(@Value("${" + RunMode.PROPERTY + ":production}") String mode) {
        this.demo = RunMode.of(mode).demo();
    }

    public boolean demo() {
        return demo;
    }

    /** The storefront's discreet line, in demo mode only. */
    public static Optional<Span> storefront() {
        return notice(I18n.text("shop.demo.storefront"));
    }

    /** The console's line, in demo mode only. */
    public static Optional<Span> console() {
        return notice(I18n.text("shop.demo.console"));
    }

    private static Optional<Span> notice(String text) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return Optional.empty();
        }
        DemoBanner banner;
        try {
            banner = service.getInstantiator().getOrCreate(DemoBanner.class);
        } catch (RuntimeException notABean) {
            // Outside the application (no bean context), say nothing rather than claim a mode.
            return Optional.empty();
        }
        if (!banner.demo()) {
            return Optional.empty();
        }
        Span span = new Span(text);
        span.setId(ID);
        span.addClassName("demo-notice");
        return Optional.of(span);
    }
}
