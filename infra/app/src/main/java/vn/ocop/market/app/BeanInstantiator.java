package vn.ocop.market.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.BeanContext;
import io.micronaut.context.exceptions.NonUniqueBeanException;
import io.micronaut.inject.BeanDefinition;
import vn.ocop.market.ui.BundleTranslations;

import java.util.Optional;

/**
 * Lets Vaadin build routes and components as Micronaut beans, so views get constructor injection.
 * The application's views and components are always beans: one without a bean fails here with its
 * name, instead of being built by reflection without its services. Vaadin's own classes (its
 * default error views, for one) are still built by Vaadin.
 */
public class BeanInstantiator extends DefaultInstantiator {

    private final BeanContext beans;
    private final I18NProvider translations = new BundleTranslations();

    public BeanInstantiator(VaadinService service, BeanContext beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Optional<T> bean;
        try {
            bean = beans.findBean(type);
        } catch (NonUniqueBeanException e) {
            // A subclass is a bean too: the class itself is what Vaadin asked for.
            bean = beans.getBeanDefinitions(type).stream().filter(d -> d.getBeanType() == type).findFirst()
                    .map(beans::getBean);
        }
        if (bean.isPresent()) {
            return bean.get();
        }
        if (isApplicationView(type)) {
            throw new IllegalStateException(type.getName() + " has no bean, so Vaadin cannot build it: annotate it"
                    + " @Prototype (views, layouts and error views are built by Micronaut with their services)");
        }
        return super.getOrCreate(type);
    }

    /** A route, layout, error view or other component of the application (not of Vaadin). */
    static boolean isApplicationView(Class<?> type) {
        return type.isAnnotationPresent(Route.class)
                || (Component.class.isAssignableFrom(type) && type.getName().startsWith("vn.ocop.market."));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return translations;
    }
}
