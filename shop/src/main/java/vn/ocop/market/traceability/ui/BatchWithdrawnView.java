package vn.ocop.market.traceability.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.ui.ShopLayout;

/**
 * The trace page of a withdrawn batch: the same page, saying first that the batch was withdrawn,
 * when and why, answered 410 Gone (the first response carries it, see {@code ui.FirstResponse}).
 */
@Prototype
@ParentLayout(ShopLayout.class)
@StyleSheet("styles/trace.css")
public class BatchWithdrawnView extends Div implements HasErrorParameter<BatchWithdrawn> {

    private final Provinces provinces;

    public BatchWithdrawnView(Provinces provinces) {
        this.provinces = provinces;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<BatchWithdrawn> parameter) {
        removeAll();
        add(TraceContent.of(parameter.getException().trace(), code -> TraceContent.provinceName(provinces.all(), code)));
        return HttpServletResponse.SC_GONE;
    }
}
