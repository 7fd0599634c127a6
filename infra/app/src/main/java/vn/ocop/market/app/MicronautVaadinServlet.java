package vn.ocop.market.app;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
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
        ViewRegistration.register(service, beans);
        ViewRegistration.requireShell(service);
        return service;
    }
}
