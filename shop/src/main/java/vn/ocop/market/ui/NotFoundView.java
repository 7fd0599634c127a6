package vn.ocop.market.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** "Not found" in the storefront's frame, in the visitor's language, with the reason when one was given. */
@Prototype
@ParentLayout(ShopLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("error-page");
        add(new H1(I18n.text("shop.notFound.title")));
        // A view's own reason (already in the visitor's language), never the exception's text.
        String reason = parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : I18n.text("shop.notFound.reason");
        add(new Paragraph(reason), new Anchor("/", I18n.text("shop.notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
