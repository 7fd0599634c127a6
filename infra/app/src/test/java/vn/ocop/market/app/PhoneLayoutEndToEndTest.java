package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper on a 390 px phone in headless Chromium: no page scrolls sideways, the header keeps one
 * row, the "added to cart" toast stays clear of it and closes on the next page, the order page opens
 * at its thank-you, and the page's language follows the language switch.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Carts carts;
    @Inject Checkout checkout;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browsers.open();
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyShoppingPageFitsA390PixelPhone() {
        Producer producer = fixtures.producer("Hợp tác xã Nông sản sạch Thung lũng Mường Hoa điện thoại", "Lào Cai");
        Product product = fixtures.product(producer, "Trà shan tuyết cổ thụ Mường Hoa thượng hạng hộp quà tặng",
                ProductGroup.BEVERAGE, 1_250_000);
        fixtures.certify(product, 91, LocalDate.now().minusMonths(2));
        String cart = Carts.newToken();
        carts.add(cart, product.id(), 2);
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken().substring(0, 32), cart, null,
                new DeliveryAddress("Nguyễn Thị Phương Thảo", "0912345678", "phuong.thao.dien.thoai@example.vn", "01",
                        "Hà Nội", null, "Phường Hoàn Kiếm", "Số 5 ngõ 12 Hàng Bạc"), PaymentMethod.VIETQR,
                "Giao giờ hành chính", null));
        try {
            fits("/", "home", By.cssSelector(".product-card"));
            fits("/tim-kiem?q=tr%C3%A0", "search", By.cssSelector(".search-bar"));
            fits("/san-pham/" + product.slug(), "product", By.id("traceability"));

            browser.findElement(By.id("add-to-cart")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
            Map<?, ?> toast = (Map<?, ?>) js("const c = document.querySelector('vaadin-notification-card').getBoundingClientRect();"
                    + " const h = document.querySelector('.shop-header').getBoundingClientRect();"
                    + " return {toastTop: c.top, headerBottom: h.bottom};");
            Browsers.screenshot(browser, "phone-toast.png");
            assertTrue(((Number) toast.get("toastTop")).doubleValue() >= ((Number) toast.get("headerBottom")).doubleValue(),
                    "the toast stays clear of the header: " + toast);
            browser.findElement(By.id("cart-badge")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cart-line")));
            Browsers.settle(browser);
            // Closing plays a short animation; the toast's own duration (3 s) is not what closes it here.
            new WebDriverWait(browser, Duration.ofMillis(1500)).withMessage("the toast closed on leaving the page")
                    .until(d -> Long.valueOf(0).equals(((JavascriptExecutor) d).executeScript(
                            "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                                    + ".filter(c => c.getBoundingClientRect().height > 0).length;")));
            fits(null, "cart", By.cssSelector(".cart-line"));

            fits("/thanh-toan", "checkout", By.id("contact-name"));
            fits("/don-hang/" + placed.token(), "order", By.id("thank-you"));
            assertTrue(browser.findElement(By.id("thank-you")).getText().contains("Cảm ơn"),
                    browser.findElement(By.id("thank-you")).getText());
            assertEquals(0L, ((Number) js("return Math.round(window.scrollY);")).longValue(), "the order page opens at the top");
            fits("/dang-nhap", "sign-in", By.id("shopper-login"));
            fits("/dang-ky", "register", By.id("register-email"));
            fits("/san-pham/khong-co-san-pham-nay", "not-found", By.cssSelector(".error-page"));

            assertEquals("vi", js("return document.documentElement.lang;"));
            browser.findElement(By.id("language-switch-footer")).click();
            wait.until(d -> "en".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang;")));
            fits(null, "not-found-en", By.cssSelector(".error-page"));
            browser.findElement(By.id("language-switch-footer")).click();
            wait.until(d -> "vi".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang;")));
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "phone-failure.png");
            throw e;
        }
    }

    /** Opens the page (or takes the current one), waits for it, and checks width and header. */
    private void fits(String path, String name, By ready) {
        if (path != null) {
            browser.get("http://127.0.0.1:" + server.getPort() + path);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
        Browsers.settle(browser);
        Browsers.screenshot(browser, "phone-" + name + ".png");
        Map<?, ?> widths = (Map<?, ?>) js("return {scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth,"
                + " wide: Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))};");
        assertTrue(((Number) widths.get("scroll")).longValue() <= ((Number) widths.get("inner")).longValue(),
                name + " scrolls sideways: " + widths);
        List<?> middles = (List<?>) js("return Array.from(document.querySelector('.shop-header').children)"
                + ".filter(e => e.getBoundingClientRect().height > 0)"
                + ".map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; });");
        double spread = middles.stream().mapToDouble(m -> ((Number) m).doubleValue()).max().orElse(0)
                - middles.stream().mapToDouble(m -> ((Number) m).doubleValue()).min().orElse(0);
        assertTrue(spread < 16, name + ": the header keeps one row: " + middles);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
