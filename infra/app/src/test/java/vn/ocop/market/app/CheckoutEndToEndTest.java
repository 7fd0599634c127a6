package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.Quote;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.Vnd;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guest in headless Chromium buys from two producers: adds to the cart, checks out with cash on
 * delivery, reviews, places, and lands on the page with one order per producer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject TestSql sql;
    @Inject Checkout checkout;

    private WebDriver browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browsers.open();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void guestBuysFromTwoProducersAndGetsOneOrderEach() {
        Producer riceFarm = fixtures.producer("HTX Gạo Điện Biên E2E", "Điện Biên");
        Producer teaFarm = fixtures.producer("HTX Chè Mộc Châu E2E", "Sơn La");
        Product rice = fixtures.product(riceFarm, "Gạo tám thơm Điện Biên E2E", ProductGroup.FOOD, 85_000);
        Product tea = fixtures.product(teaFarm, "Chè Ô long Mộc Châu E2E", ProductGroup.BEVERAGE, 260_000);
        fixtures.certify(rice, 78, LocalDate.now().minusMonths(2));
        fixtures.certify(tea, 88, LocalDate.now().minusMonths(5));
        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(base + "/san-pham/" + rice.slug());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("add-to-cart"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("cart-count"), "1"));
            Cookie cookie = browser.manage().getCookieNamed("ocop_cart");
            assertNotNull(cookie, "the cart is kept in a cookie");
            assertTrue(cookie.isHttpOnly(), "the cart cookie is not readable by scripts");
            assertEquals("Lax", cookie.getSameSite());

            browser.get(base + "/san-pham/" + tea.slug());
            WebElement quantity = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#add-quantity input")));
            quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            Browsers.settle(browser);
            browser.findElement(By.id("add-to-cart")).click();
            wait.until(ExpectedConditions.textToBe(By.id("cart-count"), "3"));

            browser.findElement(By.id("cart-badge")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cart-producer-" + teaFarm.id())));
            assertTrue(browser.findElement(By.id("cart-producer-" + riceFarm.id())).getText().contains("85.000 ₫"));
            assertEquals("605.000 ₫", browser.findElement(By.id("cart-total")).getText());
            Browsers.screenshot(browser, "cart.png");
            browser.findElement(By.id("go-to-checkout")).click();

            type(wait, "#contact-name input", "Phạm Minh Châu");
            type(wait, "#contact-phone input", "0912 345 678");
            type(wait, "#contact-email input", "chau@example.vn");
            type(wait, "#address-province input", "Hà Nội");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Hà Nội']"))).click();
            // The commune list follows the province and matches without diacritics.
            type(wait, "#address-commune input", "ba dinh");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Phường Ba Đình']"))).click();
            Browsers.settle(browser);
            type(wait, "#address-street input", "Số 8 phố Phan Đình Phùng");
            browser.findElement(By.xpath("//vaadin-radio-button[contains(., 'COD')]")).click();
            Browsers.settle(browser);
            browser.findElement(By.id("review-order")).click();

            WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-total")));
            // Shipping fees follow the delivery rules; the page must show what the domain quotes.
            Quote quote = checkout.quote(cookie.getValue(), "Hà Nội");
            String expected = Vnd.format(quote.totalVnd());
            assertEquals(605_000, quote.goodsVnd());
            assertEquals(expected, total.getText(), "goods and two parcels' shipping");
            assertEquals(2, browser.findElements(By.cssSelector(".review-shipment")).size());
            Browsers.screenshot(browser, "checkout-review.png");
            browser.findElement(By.id("place-order")).click();

            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-card"), 2));
            Browsers.settle(browser);
            assertTrue(browser.getCurrentUrl().contains("/don-hang/"), browser.getCurrentUrl());
            List<String> cards = browser.findElements(By.cssSelector(".order-card")).stream().map(WebElement::getText).toList();
            assertTrue(cards.stream().anyMatch(t -> t.contains(riceFarm.name()) && t.contains("Đã đặt")), cards.toString());
            assertTrue(cards.stream().anyMatch(t -> t.contains(teaFarm.name()) && t.contains("Chè Ô long Mộc Châu E2E")),
                    cards.toString());
            assertEquals(expected, browser.findElement(By.id("checkout-total")).getText());
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            Browsers.screenshot(browser, "checkout.png");

            assertEquals(49, stockOf(rice), "one bag of rice taken");
            String token = browser.getCurrentUrl().replaceFirst(".*/don-hang/", "").replaceFirst("[?#].*", "");
            assertEquals("00004", sql.one("SELECT commune_code FROM checkout WHERE token = ?", rs -> rs.getString(1),
                    token).orElseThrow(), "Phường Ba Đình, by its code");
            assertEquals(48, stockOf(tea), "two boxes of tea taken");
            assertTrue(browser.findElements(By.cssSelector("#cart-count")).stream().noneMatch(WebElement::isDisplayed),
                    "the cart is empty now");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "checkout-failure.png");
            throw e;
        }
    }

    private void type(WebDriverWait wait, String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    private int stockOf(Product product) {
        return sql.one("SELECT stock FROM product WHERE id = ?", rs -> rs.getInt(1), product.id()).orElseThrow();
    }
}
