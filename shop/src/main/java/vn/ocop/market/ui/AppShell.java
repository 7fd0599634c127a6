package vn.ocop.market.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo, the project's own styles, and the document language. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ocop.css")
@StyleSheet("styles/shopping.css")
@Meta(name = "description", content = "Sản phẩm OCOP được chứng nhận 3–5 sao từ khắp Việt Nam")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Chợ OCOP");
    }
}
