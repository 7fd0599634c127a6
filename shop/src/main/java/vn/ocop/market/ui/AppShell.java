package vn.ocop.market.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo, the project's own styles, and the page's title and description in the visitor's language. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ocop.css")
@StyleSheet("styles/shopping.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(I18n.text("shop.app.title"));
        settings.addMetaTag("description", I18n.text("shop.app.description"));
    }
}
