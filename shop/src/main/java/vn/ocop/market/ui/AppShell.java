package vn.ocop.market.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import java.util.Map;

/** Page-wide settings: Lumo, the project's own styles, the favicon, and the page's title and description in the visitor's language. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ocop.css")
@StyleSheet("styles/shopping.css")
@StyleSheet("styles/phone.css")
@StyleSheet("styles/live.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(I18n.text("shop.app.title"));
        settings.addMetaTag("description", I18n.text("shop.app.description"));
        // The project's mark: SVG where supported, PNG otherwise, /favicon.ico for the rest.
        settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
    }
}
