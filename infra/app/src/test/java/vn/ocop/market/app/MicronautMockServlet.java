package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/** Karibu's mock servlet with the application's instantiator, so views get their beans in tests too. */
class MicronautMockServlet extends MockVaadinServlet {

    private final transient BeanContext beans;

    MicronautMockServlet(Routes routes, BeanContext beans) {
        super(routes);
        this.beans = beans;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MockService service = new MockService(this, configuration, UI::new) {
            private Instantiator instantiator;

            @Override
            public Instantiator getInstantiator() {
                if (instantiator == null) {
                    instantiator = new BeanInstantiator(this, beans);
                }
                return instantiator;
            }
        };
        service.init();
        getRoutes().register(service.getContext());
        return service;
    }
}
