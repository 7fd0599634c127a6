package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.OutboxIndexer;
import vn.ocop.market.search.ProductSearch;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shopper in headless Chromium searches without diacritics, ticks a star facet and shares the URL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchEndToEndTest implements TestEnvironment {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject EmbeddedServer server;
    @Inject SearchFixtures fixtures;
    @Inject OutboxIndexer indexer;
    @Inject ProductSearch search;

    private WebDriver browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.elasticsearch.alias", "products-e2e-search");
        return props;
    }

    @BeforeAll
    void openBrowser() throws Exception {
        Producer producer = fixtures.producer("HTX Trình Duyệt Sơn Tra", "Đà Nẵng", ProducerType.COOPERATIVE);
        fixtures.listed(producer, "Chả bò Trình Duyệt", ProductGroup.FOOD, 320_000, 94);
        fixtures.listed(producer, "Nước mắm Nam Ô Trình Duyệt", ProductGroup.FOOD, 120_000, 78);
        fixtures.listed(producer, "Trà thảo mộc Trình Duyệt", ProductGroup.HERBAL, 90_000, 66);
        indexer.drain();
        search.indexedIds();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ocop.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi-VN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ocop.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shopperNarrowsASearchWithAStarFacetAndTheUrlKeepsIt() throws Exception {
        try {
            String base = "http://127.0.0.1:" + server.getPort();
            browser.get(base + "/tim-kiem?q=" + URLEncoder.encode("trinh duyet", StandardCharsets.UTF_8));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> cards().size() == 3);
            WebElement five = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//vaadin-checkbox-group[@id='facet-stars']//vaadin-checkbox[contains(., '5 sao')]")));
            assertTrue(five.getText().contains("(1)"), five.getText());
            wait.until(d -> idle());
            five.findElement(By.cssSelector("input[type=checkbox]")).click();

            wait.until(d -> d.getCurrentUrl().contains("stars=5") && cards().size() == 1 && idle());
            assertTrue(cards().getFirst().getText().contains("Chả bò Trình Duyệt"), cards().getFirst().getText());
            assertTrue(cards().getFirst().getText().contains("5 sao OCOP"));
            screenshot("search-facet.png");

            // The URL is the search: opened fresh, it shows the same narrowed result.
            String shared = browser.getCurrentUrl();
            browser.get(base + "/");
            browser.get(shared);
            wait.until(d -> cards().size() == 1);
            assertEquals(List.of("Chả bò Trình Duyệt"), cards().stream()
                    .map(c -> c.findElement(By.cssSelector("h3")).getText()).toList());

            // Suggestions from the second character typed, without diacritics.
            WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-box input")));
            input.clear();
            input.sendKeys("nuoc mam nam");
            WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//vaadin-combo-box-item[contains(., 'Nước mắm Nam Ô Trình Duyệt')]")));
            screenshot("search-suggestions.png");
            assertTrue(item.getText().contains("HTX Trình Duyệt Sơn Tra"), item.getText());
        } catch (RuntimeException | AssertionError e) {
            screenshot("search-failure.png");
            throw e;
        }
    }

    private List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#product-grid .product-card"));
    }

    private boolean idle() {
        Object done = ((JavascriptExecutor) browser).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive()))");
        return Boolean.TRUE.equals(done);
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
