package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper in headless Chromium opens the search box before typing anything (the first fetch
 * has no text: it once answered "Internal error"), then types, sees suggestions and picks one,
 * which opens the product's page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBoxEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject SearchFixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;

    private WebDriver browser;
    private Product lotusTea;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-e2e-search-box");
        return props;
    }

    @BeforeAll
    void openBrowser() throws Exception {
        Producer producer = fixtures.producer("HTX Sen Hồ Tây Gợi Ý", "Hà Nội", ProducerType.COOPERATIVE);
        lotusTea = fixtures.listed(producer, "Trà sen Tây Hồ Gợi Ý", ProductGroup.BEVERAGE, 650_000, 86);
        fixtures.listed(producer, "Mứt sen trần Gợi Ý", ProductGroup.FOOD, 120_000, 72);
        indexer.drain();
        search.indexedIds();
        browser = Browsers.open();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void openingTheEmptyBoxWorksAndAPickedSuggestionOpensTheProduct() {
        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(base + "/tim-kiem");
            WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-box input")));
            Browsers.settle(browser);
            // Click into the empty box and open its dropdown, as a shopper about to type does.
            input.click();
            input.sendKeys(Keys.ARROW_DOWN);
            Browsers.settle(browser);
            assertNoSystemError("opening the empty box");

            input.sendKeys("tra sen tay");
            WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//vaadin-combo-box-item[contains(., 'Trà sen Tây Hồ Gợi Ý')]")));
            Browsers.screenshot(browser, "search-box-suggestions.png");
            assertTrue(item.getText().contains("HTX Sen Hồ Tây Gợi Ý"), item.getText());
            assertNoSystemError("typing");

            item.click();
            wait.until(ExpectedConditions.urlContains("/san-pham/" + lotusTea.slug()));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//h1[contains(., 'Trà sen Tây Hồ Gợi Ý')]")));
            assertNoSystemError("picking a suggestion");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "search-box-failure.png");
            throw e;
        }
    }

    /** Vaadin shows an unexpected server error as a "system error" box ("Internal error"). */
    private void assertNoSystemError(String when) {
        boolean shown = browser.findElements(By.cssSelector(".v-system-error")).stream().anyMatch(WebElement::isDisplayed);
        assertFalse(shown, "system error after " + when + ": "
                + browser.findElements(By.cssSelector(".v-system-error")).stream().map(WebElement::getText).toList());
    }
}
