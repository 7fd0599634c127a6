package vn.ocop.market.app;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.BeanContext;
import io.micronaut.context.exceptions.NonUniqueBeanException;
import vn.ocop.market.ui.BundleTranslations;

/** Lets Vaadin build routes and components as Micronaut beans, so views get constructor injection. */
public class BeanInstantiator extends DefaultInstantiator {

    private final BeanContext beans;
    private final I18NProvider translations = new BundleTranslations();

    public BeanInstantiator(VaadinService service, BeanContext beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        try {
            return beans.findBean(type).orElseGet(() -> super.getOrCreate(type));
        } catch (NonUniqueBeanException e) {
            return super.getOrCreate(type);
        }
    }

    @Override
    public I18NProvider getI18NProvider() {
        return translations;
    }
}
