package vn.ocop.market.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import vn.ocop.market.shared.Messages;

import java.util.Locale;

/**
 * The page's {@code <html lang>} and the UI's locale follow the session's language (Vietnamese
 * unless the visitor switched): screen readers, hyphenation and the browser's own widgets read it.
 * The language switch reloads the page, so the attribute is written with each page load.
 */
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", Messages.language(I18n.locale())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(I18n.locale()));
        // Vaadin's own notices (internal error, session expired, cookies off) are English unless given.
        event.getSource().setSystemMessagesProvider(info -> systemMessages(I18n.locale()));
    }

    private static CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(Messages.text(locale, "shop.system.internalErrorCaption"));
        messages.setInternalErrorMessage(Messages.text(locale, "shop.system.internalErrorMessage"));
        messages.setSessionExpiredCaption(Messages.text(locale, "shop.system.sessionExpiredCaption"));
        messages.setSessionExpiredMessage(Messages.text(locale, "shop.system.sessionExpiredMessage"));
        messages.setCookiesDisabledCaption(Messages.text(locale, "shop.system.cookiesDisabledCaption"));
        messages.setCookiesDisabledMessage(Messages.text(locale, "shop.system.cookiesDisabledMessage"));
        return messages;
    }
}
