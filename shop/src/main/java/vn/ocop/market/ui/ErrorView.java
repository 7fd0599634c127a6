package vn.ocop.market.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any unexpected error while opening a page: a short apology in the visitor's language and the
 * request id (the {@code X-Request-Id} the server gave the request), which finds the one log line
 * with the stack. Neither the exception nor its class ever reaches the page.
 */
@Prototype
@ParentLayout(ShopLayout.class)
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String id = request == null ? null : request.getHeader("X-Request-Id");
        LOG.error("Page /{} failed [{}]", event.getLocation().getPath(), id, parameter.getCaughtException());
        removeAll();
        addClassName("error-page");
        add(new H1(I18n.text("shop.error.title")),
                new Paragraph(I18n.text("shop.error.apology")));
        if (id != null) {
            Paragraph reference = new Paragraph(I18n.text("shop.error.requestId") + " ");
            Code code = new Code(id);
            code.setId("request-id");
            reference.add(code);
            add(reference);
        }
        add(new Anchor("/", I18n.text("shop.error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
