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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.account.SignedInUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seller centre from end to end in Chromium: a producer drafts a product with two variants and two
 * photos and submits it, an officer approves it, and a shopper finds it, picks the larger jar and orders it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerCentreEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Accounts accounts;
    @Inject Listings listings;
    @Inject TestSql sql;

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
    void aProducersNewProductIsApprovedCertifiedFoundAndBought() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        Producer producer = fixtures.producer("HTX Mật ong Hành Trình " + n, "Cà Mau");
        String producerEmail = "chu-the-" + System.nanoTime() + "@ocop.test";
        SignedInUser owner = accounts.create(producerEmail, "mat-khau-chu-the", "Chủ thể E2E", Role.PRODUCER, producer.id());
        String officerEmail = "can-bo-" + System.nanoTime() + "@ocop.test";
        accounts.create(officerEmail, "mat-khau-can-bo", "Cán bộ E2E", Role.OFFICER, null);
        String name = "Mật ong rừng tràm Hành Trình " + n;
        Path photos = Files.createTempDirectory("seller-photos");
        Path front = Files.write(photos.resolve("hu-mat-ong.jpg"), TestImages.jpeg(800, 600));
        Path label = Files.write(photos.resolve("nhan-hu.jpg"), TestImages.jpeg(640, 640));
        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            // The producer drafts the product.
            signIn(base, wait, producerEmail, "mat-khau-chu-the");
            browser.get(base + "/admin/listings/new");
            type(wait, "#listing-name input", name);
            type(wait, "#listing-unit input", "Hũ");
            type(wait, "#listing-weight input", "650");
            type(wait, "#listing-price input", "95000");
            type(wait, "#listing-stock input", "30");
            type(wait, "#listing-description textarea", "Mật ong nguyên chất từ rừng tràm U Minh.");
            Browsers.settle(browser);
            click(wait, By.id("listing-save"));
            wait.until(ExpectedConditions.urlMatches("/admin/listings/\\d+$"));
            wait.until(ExpectedConditions.textToBe(By.id("listing-status"), "Bản nháp: gửi duyệt để đưa lên bán."));
            String url = browser.getCurrentUrl();
            long productId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            Browsers.screenshot(browser, "seller-draft.png");

            addVariant(wait, "Hũ 250 g", "HT-250-" + n, "95000", "12");
            addVariant(wait, "Hũ 500 g", "HT-500-" + n, "170000", "20");
            wait.until(d -> d.findElements(By.xpath("//vaadin-grid[@id='listing-variants']"
                    + "//vaadin-grid-cell-content[text()='Hũ 500 g']")).size() == 1);
            Browsers.screenshot(browser, "seller-variants.png");

            // Both photos at once: a second sendKeys would add to the input's files and send the first again.
            upload(wait, productId, front.toAbsolutePath() + "\n" + label.toAbsolutePath(), 2);
            Browsers.screenshot(browser, "seller-photos.png");

            click(wait, By.id("listing-submit"));
            wait.until(ExpectedConditions.textToBe(By.id("listing-status"), "Đang chờ cán bộ duyệt."));
            Browsers.screenshot(browser, "seller-submitted.png");

            // The officer approves it in the moderation queue.
            browser.manage().deleteAllCookies();
            signIn(base, wait, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/moderation");
            click(wait, By.xpath(
                    "//vaadin-grid[@id='moderation-grid']//vaadin-grid-cell-content[text()='" + name + "']"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-detail"), name));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#moderation-photos img"), 2));
            Browsers.screenshot(browser, "seller-moderation.png");
            click(wait, By.id("moderation-approve"));
            Browsers.settle(browser);
            // The grid keeps its cell elements for reuse, so the decision is read from the product's changes.
            wait.until(d -> listings.changes(owner, productId).getFirst().state() == ProductChange.State.APPROVED);
            Browsers.screenshot(browser, "seller-approved.png");

            // Certified through the Certifications service (Fixtures.certify): the certificate form is
            // covered by its own Karibu tests, and the decision here only needs to exist.
            Product product = listings.product(owner, productId);
            fixtures.certify(product, 82, LocalDate.now().minusMonths(1));

            // A shopper finds it once the outbox has indexed it.
            browser.manage().deleteAllCookies();
            String search = base + "/tim-kiem?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
            By card = By.xpath("//div[@id='product-grid']//*[contains(@class,'product-card')][contains(., '" + name + "')]");
            new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(d -> {
                d.get(search);
                Browsers.settle(d);
                return !d.findElements(card).isEmpty();
            });
            Browsers.screenshot(browser, "seller-search.png");
            browser.findElement(card).findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.urlContains("/san-pham/" + product.slug()));

            WebElement main = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gallery-main")));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("img.gallery-thumb"), 2));
            HttpClient http = HttpClient.newHttpClient();
            List<WebElement> images = browser.findElements(By.cssSelector("#gallery-main, img.gallery-thumb"));
            for (WebElement image : images) {
                String srcset = image.getAttribute("srcset");
                String src = image.getAttribute("src");
                List<String> urls = new java.util.ArrayList<>(List.of(src));
                if (srcset != null && !srcset.isBlank()) {
                    for (String candidate : srcset.split(",")) {
                        urls.add(candidate.trim().split("\\s+")[0]);
                    }
                }
                for (String u : urls) {
                    URI uri = URI.create(base).resolve(u);
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, response.statusCode(), uri.toString());
                }
            }
            assertTrue(main.getAttribute("srcset").contains("/media/"), main.getAttribute("srcset"));

            By price = By.cssSelector("span.price");
            wait.until(ExpectedConditions.textToBe(price, "95.000 ₫"));
            Browsers.screenshot(browser, "seller-product-page.png");
            click(wait, By.xpath(
                    "//vaadin-radio-group[@id='variant-picker']//vaadin-radio-button[contains(., 'Hũ 500 g')]"));
            wait.until(ExpectedConditions.textToBe(price, "170.000 ₫"));
            Browsers.settle(browser);
            Browsers.screenshot(browser, "seller-variant-picked.png");
            click(wait, By.id("add-to-cart"));
            wait.until(ExpectedConditions.textToBe(By.id("cart-count"), "1"));

            browser.findElement(By.id("cart-badge")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cart-producer-" + producer.id())));
            assertTrue(browser.findElement(By.id("cart-producer-" + producer.id())).getText().contains("Hũ 500 g"));
            Browsers.screenshot(browser, "seller-cart.png");
            browser.findElement(By.id("go-to-checkout")).click();

            type(wait, "#contact-name input", "Lê Thu Hà");
            type(wait, "#contact-phone input", "0912 345 679");
            type(wait, "#contact-email input", "thuha@example.vn");
            type(wait, "#address-province input", "Hà Nội");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Hà Nội']"))).click();
            type(wait, "#address-commune input", "ba dinh");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Phường Ba Đình']"))).click();
            Browsers.settle(browser);
            type(wait, "#address-street input", "Số 10 phố Phan Đình Phùng");
            browser.findElement(By.xpath("//vaadin-radio-button[contains(., 'COD')]")).click();
            Browsers.settle(browser);
            browser.findElement(By.id("review-order")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-total")));
            Browsers.screenshot(browser, "seller-checkout-review.png");
            browser.findElement(By.id("place-order")).click();

            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-card"), 1));
            Browsers.settle(browser);
            Browsers.screenshot(browser, "seller-order.png");
            String cardText = browser.findElement(By.cssSelector(".order-card")).getText();
            assertTrue(cardText.contains(name), cardText);
            assertTrue(cardText.contains("Hũ 500 g"), "the order line names the jar bought: " + cardText);

            assertEquals(List.of("Hũ 500 g"), sql.list(
                    "SELECT variant_label FROM order_line WHERE product_id = ?", rs -> rs.getString(1), productId));
            assertEquals(19, sql.one("SELECT stock FROM product_variant WHERE product_id = ? AND label = ?",
                    rs -> rs.getInt(1), productId, "Hũ 500 g").orElseThrow(), "one large jar taken");
            assertEquals(12, sql.one("SELECT stock FROM product_variant WHERE product_id = ? AND label = ?",
                    rs -> rs.getInt(1), productId, "Hũ 250 g").orElseThrow(), "the small jars untouched");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "seller-centre-failure.png");
            throw e;
        }
    }

    private void signIn(String base, WebDriverWait wait, String email, String password) {
        browser.get(base + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
        Browsers.settle(browser);
    }

    private void addVariant(WebDriverWait wait, String label, String sku, String price, String stock) {
        click(wait, By.id("variant-add"));
        type(wait, "#variant-label input", label);
        type(wait, "#variant-sku input", sku);
        type(wait, "#variant-price input", price);
        type(wait, "#variant-stock input", stock);
        type(wait, "#variant-weight input", "400");
        Browsers.settle(browser);
        click(wait, By.id("variant-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("variant-save")));
        Browsers.settle(browser);
    }

    /** Sends a file's path to the upload's file input (light DOM in Vaadin 24, else its shadow root). */
    private void upload(WebDriverWait wait, long productId, String paths, int expectedPhotos) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("photo-upload")));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        input.sendKeys(paths);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    d -> d.findElements(By.cssSelector("#listing-photos .listing-photo")).size() == expectedPhotos);
        } catch (RuntimeException e) {
            System.err.println("UPLOAD-DIAG stored=" + sql.one("SELECT COUNT(*) FROM product_image WHERE product_id = ?",
                    rs -> rs.getInt(1), productId).orElseThrow() + " files="
                    + browser.findElements(By.cssSelector("vaadin-upload-file")).stream().map(WebElement::getText).toList()
                    + " error=" + browser.findElement(By.id("photo-error")).getText());
            throw e;
        }
        wait.until(d -> d.findElements(By.cssSelector("#listing-photos .listing-photo")).size() == expectedPhotos);
        Browsers.settle(browser);
    }

    private void type(WebDriverWait wait, String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        scrollTo(field);
        field.sendKeys(text);
    }

    /** Clicks an element of the console, whose content scrolls inside its layout, once it is in view. */
    private void click(WebDriverWait wait, By by) {
        scrollTo(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
