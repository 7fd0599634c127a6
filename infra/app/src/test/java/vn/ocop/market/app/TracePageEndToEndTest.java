package vn.ocop.market.app;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.LabelSheets;
import vn.ocop.market.traceability.LabelSize;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.traceability.Serials;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper's phone (390 px) scans a unit's QR label, printed from the producer's label sheet: the
 * trace page shows the certificate valid; an officer revokes it, and on reload the page says the
 * product no longer holds OCOP certification, within 2 s and without a restart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracePageEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Batches batches;
    @Inject Serials serials;
    @Inject LabelSheets labels;
    @Inject Certifications certifications;

    private WebDriver browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browsers.open();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aScannedLabelShowsTheCertificateAndThenItsRevocation() throws Exception {
        Producer producer = fixtures.producer("HTX Nước mắm Cửa Hội", "Nghệ An");
        Product sauce = fixtures.product(producer, "Nước mắm cá cơm Cửa Hội", ProductGroup.FOOD, 95_000);
        Certificate certificate = fixtures.certify(sauce, 84, LocalDate.now().minusMonths(3));
        SignedInUser owner = new SignedInUser(920_001, "chu-the@nuocmam.vn", "Chủ thể", Role.PRODUCER, producer.id());
        BatchView batch = batches.record(owner, new NewBatch(sauce.id(), null, "CH-2026-11", LocalDate.now().minusDays(20),
                LocalDate.now().plusMonths(18), 40, "Cá cơm biển Cửa Hội, ủ chượp 12 tháng", null, "TCVN 5107:2018"));
        serials.order(owner, batch.id(), 4);

        String payload = decodeFirstQr(labels.pdf(owner, batch.id(), LabelSize.LARGE, true, Locale.of("vi")));
        URI scanned = URI.create(payload);
        assertTrue(scanned.getPath().startsWith("/01/" + batch.gtin() + "/10/CH-2026-11/21/"), payload);
        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(base + scanned.getRawPath() + "?" + scanned.getRawQuery());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-status")));
            assertTrue(browser.getCurrentUrl().contains("/truy-xuat?"), browser.getCurrentUrl());
            // The page speaks the browser's language; this headless browser asks for English, a Vietnamese phone would not.
            browser.get(browser.getCurrentUrl() + "&lang=vi");
            assertEquals("Sản phẩm đang được chứng nhận OCOP tại thời điểm này.",
                    browser.findElement(By.id("certificate-status")).getText());
            assertTrue(browser.findElement(By.id("trace-product")).getText().contains("Nước mắm cá cơm Cửa Hội"));
            // Headless Chromium names itself so in its User-Agent: a bot's visit, never counted as a scan.
            assertEquals("Mã này chưa được quét lần nào.", browser.findElement(By.id("first-scan")).getText());
            assertTrue(browser.findElements(By.id("buy-again")).size() == 1, "on sale: buy again");
            long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, "no sideways scrolling on a 390 px phone: " + width);
            Browsers.screenshot(browser, "trace-page-valid.png");

            long revokedAt = System.nanoTime();
            certifications.revoke(certificate.id(), "Kiểm tra sau chứng nhận: vi phạm ghi nhãn", "can-bo@ocop.test");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("certificate-status"),
                    "không còn chứng nhận OCOP từ"));
            long millis = (System.nanoTime() - revokedAt) / 1_000_000;
            assertTrue(millis <= 2_000, "revocation shown within 2 s, took " + millis + " ms");
            assertTrue(browser.findElements(By.id("buy-again")).isEmpty(), "no longer on sale");
            Browsers.screenshot(browser, "trace-page-revoked.png");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "trace-page-failure.png");
            throw e;
        }
    }

    /** The first QR code on the PDF's first page, rendered at 200 dpi as a printer would, read by ZXing. */
    private static String decodeFirstQr(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
            // The first label's cell: the top left of the sheet.
            BufferedImage cell = page.getSubimage(0, 0, page.getWidth() / 2, page.getHeight() / 4);
            int[] pixels = cell.getRGB(0, 0, cell.getWidth(), cell.getHeight(), null, 0, cell.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(cell.getWidth(), cell.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        }
    }
}
