package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shopper in headless Chromium: home page, star badge, product page with traceability. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontEndToEndTest implements TestEnvironment {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    private WebDriver browser;

    @BeforeAll
    void openBrowser() throws Exception {
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
    void shopperSeesAStarBadgeAndOpensAProductPageWithItsCertificate() throws Exception {
        var producer = fixtures.producer("Hợp tác xã Cam Cao Phong E2E", "Phú Thọ");
        Product product = fixtures.product(producer, "Cam Cao Phong E2E", ProductGroup.FOOD, 65_000);
        Certificate certificate = fixtures.certify(product, 83, LocalDate.now().minusMonths(3));
        try {
            // The catalog the tests share holds hundreds of products: the shopper searches for this one
            // (the index follows the certificate within a moment, so the page is reloaded until it shows).
            browser.get("http://127.0.0.1:" + server.getPort() + "/tim-kiem?q="
                    + java.net.URLEncoder.encode(product.name(), java.nio.charset.StandardCharsets.UTF_8));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            By cardOfProduct = By.xpath("//div[contains(@class,'product-card')][.//h3[text()='" + product.name() + "']]");
            wait.until(d -> {
                if (!d.findElements(cardOfProduct).isEmpty()) {
                    return true;
                }
                d.navigate().refresh();
                return false;
            });
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".product-card .star-badge")));
            screenshot("home.png");

            WebElement card = browser.findElement(cardOfProduct);
            assertTrue(card.getText().contains("4 sao OCOP"), card.getText());
            assertTrue(card.getText().contains("65.000 ₫"), card.getText());
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.ocopSamePage = true;");
            card.findElement(By.cssSelector("a.product-link")).click();

            WebElement trace = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("traceability")));
            assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return window.ocopSamePage === true;"), "the card's link opens the product in the page, no reload");
            assertTrue(trace.getText().contains(certificate.certificateNumber()), trace.getText());
            assertTrue(browser.findElement(By.id("producer-story")).getText().contains("24 hộ"));
            assertTrue(browser.findElements(By.tagName("script")).stream()
                    .noneMatch(s -> s.getAttribute("innerHTML").contains("alert(1)")), "story script stripped");
            screenshot("product.png");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure.png");
            throw e;
        }
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
