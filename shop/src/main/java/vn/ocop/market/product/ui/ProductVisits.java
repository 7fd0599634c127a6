package vn.ocop.market.product.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.sales.ProductViews;

/**
 * Counts a shopper's view of a product page for the producer's sales figures. Counting never stands
 * in the way of the page: if it fails, the page is shown and the failure logged.
 */
final class ProductVisits {

    private static final Logger LOG = LoggerFactory.getLogger(ProductVisits.class);

    private ProductVisits() {
    }

    static void record(long productId) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return;
        }
        try {
            service.getInstantiator().getOrCreate(ProductViews.class).record(productId, userAgent());
        } catch (RuntimeException e) {
            LOG.warn("Product view of {} not counted: {}", productId, e.toString());
        }
    }

    /** The browser's User-Agent: from this request, else as the session saw it at its start. */
    private static String userAgent() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String agent = request == null ? null : request.getHeader("User-Agent");
        if (agent == null && VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getBrowser() != null) {
            agent = VaadinSession.getCurrent().getBrowser().getBrowserApplication();
        }
        return agent;
    }
}
