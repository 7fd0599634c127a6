package vn.ocop.market.ui;

import com.vaadin.flow.i18n.I18NProvider;
import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;

/** Vaadin's translation hook ({@code getTranslation(key, …)} in components) over the message bundles. */
public class BundleTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.languages();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.text(locale, key, params);
    }
}
