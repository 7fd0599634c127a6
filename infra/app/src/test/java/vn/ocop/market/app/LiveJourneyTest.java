package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.MediaServer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live journey in headless Chromium on a phone-sized window: ffmpeg (Debian) streams its test
 * pattern over RTMP into the media server the application starts, the scheduled event turns live on the
 * open page by itself (push), the video plays (its time advances), the producer pins a product and the
 * viewer sees the pinned card, taps "Mua" and places the order at the live price without leaving the video.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveJourneyTest implements TestEnvironment {

    private static final int RTMP_PORT = freePort();
    private static final int HTTP_PORT = freePort();

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject LiveEvents live;
    @Inject MediaServer media;
    @Inject TestSql sql;

    private WebDriver browser;
    private Process ffmpeg;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.live.media-server.start", "on");
        props.put("ocop.live.rtmp-port", String.valueOf(RTMP_PORT));
        props.put("ocop.live.http-port", String.valueOf(HTTP_PORT));
        try {
            props.put("ocop.data-dir", Files.createTempDirectory("ocop-live-journey").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browsers.open();
    }

    @AfterAll
    void closeBrowser() {
        if (ffmpeg != null) {
            ffmpeg.destroy();
        }
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aViewerWatchesTheStreamSeesThePinnedProductAndBuysItAtTheLivePrice() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg is installed");
        assertTrue(media.available(), "nginx with libnginx-mod-rtmp runs");
        long run = System.nanoTime() % 1_000_000;
        Producer producer = fixtures.producer("HTX Chè Thái live " + run, "Thái Nguyên");
        SignedInUser owner = new SignedInUser(860_001, "journey@example.vn", "Chủ thể", Role.PRODUCER, producer.id());
        Product tea = fixtures.product(producer, "Chè búp Tân Cương " + run, ProductGroup.FOOD, 200_000);
        fixtures.certify(tea, 82, LocalDate.now().minusDays(3));
        LiveEvents.Scheduled s = live.schedule(owner, new LiveDraft("Live chè Thái " + run, "Hái chè sớm", null,
                Instant.now().plus(Duration.ofMinutes(10)), 30, LiveMode.PLATFORM, null,
                List.of(new LiveDraft.Item(tea.id(), null, 160_000L, 5, 2))));
        long id = s.event().id();
        long item = live.items(id).getFirst().id();
        String page = "http://127.0.0.1:" + server.getPort() + "/truc-tiep/" + id;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(page);
            wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-status", "SCHEDULED"));

            ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                    "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25", "-f", "lavfi", "-i", "sine",
                    "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-g", "50", "-c:a", "aac",
                    "-t", "120", "-f", "flv", "rtmp://127.0.0.1:" + RTMP_PORT + "/live/" + s.streamKey())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

            // The open page turns live by itself (pushed), then plays the stream.
            wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-status", "LIVE"));
            assertEquals(LiveStatus.LIVE, live.find(id).orElseThrow().status());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live-video")));
            double first = waitForTime(0.5, 60);
            double later = waitForTime(first + 1.0, 30);
            assertTrue(later > first, "the video's time advances: " + first + " → " + later);
            Browsers.screenshot(browser, "live-phone-playing.png");

            // The producer pins the product (from the studio; here the service) and the viewer sees it.
            long pinAt = System.nanoTime();
            live.pin(producer.id(), id, item);
            wait.until(ExpectedConditions.attributeToBe(By.id("live-pinned"), "data-item", Long.toString(item)));
            long pinMs = (System.nanoTime() - pinAt) / 1_000_000;
            System.out.printf("pin reached the browser in %d ms%n", pinMs);
            assertTrue(pinMs < 1500, "the pinned card appears promptly: " + pinMs + " ms");
            assertEquals("160.000 ₫", browser.findElement(By.cssSelector("#live-pinned .live-price")).getText());
            Browsers.screenshot(browser, "live-phone-pinned.png");

            // Tap one: "Mua"; tap two: place the order in the dialog over the video.
            Browsers.click(browser, By.id("live-buy"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout-form")));
            type(wait, "#contact-name input", "Lê Thị Xem");
            type(wait, "#contact-phone input", "0915 222 333");
            type(wait, "#contact-email input", "xem.live." + run + "@example.vn");
            type(wait, "#address-province input", "Hà Nội");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Hà Nội']"))).click();
            type(wait, "#address-commune input", "ba dinh");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Phường Ba Đình']"))).click();
            Browsers.settle(browser);
            type(wait, "#address-street input", "Số 3 phố Tràng Tiền");
            Browsers.click(browser, By.xpath("//vaadin-radio-button[contains(., 'COD')]"));
            Browsers.settle(browser);
            Browsers.click(browser, By.id("review-order"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("place-order")));
            Browsers.screenshot(browser, "live-phone-checkout.png");
            Browsers.click(browser, By.id("place-order"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live-order-link")));
            assertTrue(browser.getCurrentUrl().endsWith("/truc-tiep/" + id), "still on the live page");
            assertEquals(List.of(160_000L), sql.list("SELECT unit_price_vnd FROM order_line WHERE live_item_id = ?",
                    rs -> rs.getLong(1), item), "bought at the live price");
            assertTrue(waitForTime(later + 0.5, 20) > later, "the video kept playing");

            browser.manage().window().setSize(new Dimension(1280, 900));
            Browsers.screenshot(browser, "live-desktop.png");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "live-failure.png");
            throw e;
        }
    }

    /** Waits until the video's current time passes {@code above}; returns it. */
    private double waitForTime(double above, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        double t = -1;
        while (System.nanoTime() < end) {
            Object v = ((JavascriptExecutor) browser).executeScript(
                    "const v = document.getElementById('live-video'); return v ? v.currentTime : -1;");
            t = v instanceof Number n ? n.doubleValue() : -1;
            if (t > above) {
                return t;
            }
            sleep(250);
        }
        throw new AssertionError("the video's time stayed at " + t + " (expected above " + above + ")");
    }

    private void type(WebDriverWait wait, String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
