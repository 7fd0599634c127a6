package vn.ocop.market.app;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/**
 * Vaadin's servlet with a service whose instantiator asks Micronaut first, and whose routes are
 * registered from the beans (see {@link ViewRegistration}).
 */
public class MicronautVaadinServlet extends VaadinServlet {

    private final transient BeanContext beans;

    public MicronautVaadinServlet(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new BeanInstantiator(this, beans);
            }
        };
        service.init();
        service.setBootstrapInitialPredicate(MicronautVaadinServlet::browserNavigation);
        ViewRegistration.register(service, beans);
        ViewRegistration.requireShell(service);
        return service;
    }

    /**
     * Whether the page answering this request carries the UI's first state, so that the browser
     * draws the view once the script bundle has run instead of after one more round trip to the
     * server (the {@code ?v-r=init} request). Only for a browser opening the page as a document
     * ({@code Sec-Fetch-Dest: document}, sent by every current browser): a client that does not run
     * scripts (a crawler, a monitor, a flood) gets the bare page and costs no UI in the session.
     */
    static boolean browserNavigation(VaadinRequest request) {
        return "document".equalsIgnoreCase(request.getHeader("Sec-Fetch-Dest"));
    }
}
