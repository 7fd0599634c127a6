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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An officer signs in, revokes a certificate, and the product vanishes from the storefront. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerRevocationEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Accounts accounts;

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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void revokedProductVanishesFromTheStorefront() {
        var producer = fixtures.producer("HTX Nón lá Chuông", "Hà Nội");
        Product hat = fixtures.product(producer, "Nón lá làng Chuông thêu hoa", ProductGroup.HANDICRAFTS, 180_000);
        Certificate certificate = fixtures.certify(hat, 77, LocalDate.now().minusMonths(2));
        String email = "canbo-" + System.nanoTime() + "@ocop.test";
        accounts.create(email, "mat-khau-can-bo", "Cán bộ E2E", Role.OFFICER, null);
        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(base + "/san-pham/" + hat.slug());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("traceability")));

            browser.get(base + "/admin");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                    .sendKeys(email);
            browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("mat-khau-can-bo", Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-grid")));
            Browsers.settle(browser);
            browser.findElement(By.cssSelector("#filter-text input")).sendKeys(hat.name(), Keys.ENTER);
            // The filter applies once typing has paused (400 ms); then the grid shows just this certificate.
            sleep(1_000);
            Browsers.settle(browser);
            wait.until(ExpectedConditions.textToBe(By.id("certificate-count"), "1 giấy chứng nhận"));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-grid-cell-content[text()='" + certificate.certificateNumber() + "']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("revoke-" + certificate.id()))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#revoke-reason textarea")))
                    .sendKeys("Kiểm tra sau chứng nhận: nhãn sai quy định");
            browser.findElement(By.cssSelector("#revoke-reference input")).sendKeys("BB 45/2026");
            browser.findElement(By.id("revoke-confirm")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-state"), "Không được bán"));
            Browsers.screenshot(browser, "officer-revoked.png");

            browser.get(base + "/san-pham/" + hat.slug());
            Browsers.settle(browser);
            assertTrue(browser.findElements(By.id("traceability")).isEmpty(), "product page gone");
            browser.get(base + "/tim-kiem?q=" + "non%20la%20lang%20chuong");
            Browsers.settle(browser);
            assertFalse(browser.getPageSource().contains(hat.name()), "not found by search");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "officer-revocation-failure.png");
            throw e;
        }
    }
}
