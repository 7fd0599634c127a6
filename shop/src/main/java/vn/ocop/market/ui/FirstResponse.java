package vn.ocop.market.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Opens the page's view while answering the page's own request, not in a second round trip: the
 * view's status (404 for an unknown page, 410 for a product no longer on sale) becomes the
 * response's status, which browsers and crawlers read.
 */
public class FirstResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(request -> true);
    }
}
