package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.product.ui.ProductView;
import vn.ocop.market.ui.ErrorView;
import vn.ocop.market.ui.NotFoundView;

import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storefront's own error pages: in Vietnamese, inside its frame, never the exception. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorViewsTest implements TestEnvironment {

    /** A page that fails with an exception whose text must not be shown. */
    @Route("hong")
    @Prototype
    public static class BrokenView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("secret detail in vn.ocop.market.Internal");
        }
    }

    @Inject ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(Set.of(ProductView.class, BrokenView.class),
                Set.of(NotFoundView.class, ErrorView.class), true), context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aProductNotOnSaleShowsTheNotFoundPageWithItsReason() {
        UI.getCurrent().navigate("san-pham/khong-ton-tai");
        _get(NotFoundView.class);
        assertEquals("Không tìm thấy trang", _get(H1.class).getText());
        assertTrue(text().contains("Sản phẩm không tồn tại hoặc không còn được bán."), text());
    }

    @Test
    void anExceptionShowsAnApologyWithoutItsText() {
        UI.getCurrent().navigate("hong");
        _get(ErrorView.class);
        assertEquals("Đã có lỗi xảy ra", _get(H1.class).getText());
        assertFalse(text().contains("secret") || text().contains("IllegalState") || text().contains("vn.ocop"), text());
    }

    private static String text() {
        return _find(com.vaadin.flow.component.Component.class).stream()
                .map(c -> c.getElement().getText()).collect(Collectors.joining(" "));
    }
}
