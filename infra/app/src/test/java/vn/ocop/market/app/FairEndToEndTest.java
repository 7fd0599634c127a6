package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.BoothAssignments;
import vn.ocop.market.fair.BoothCategory;
import vn.ocop.market.fair.BoothDraft;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairDraft;
import vn.ocop.market.fair.FairPlanning;
import vn.ocop.market.fair.FairReport;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.FairVouchers;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.report.ReportCell;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.ReportTable;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.VietnameseDates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fair from end to end: an officer creates it, a producer applies and gets a booth (through the
 * services), then in headless Chromium a visitor registers and gets a QR badge, is checked in at the
 * gate, buys the booth's product with the fair voucher, and the post-fair report counts all of it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairEndToEndTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(900_101, "xttm.e2e@example.vn", "Cán bộ XTTM",
            Role.OFFICER, null);

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject FairPlanning planning;
    @Inject FairApplications applications;
    @Inject BoothAssignments assignments;
    @Inject FairVouchers vouchers;
    @Inject Visitors visitors;
    @Inject Reports reports;
    @Inject Clock clock;

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
    void aVisitorRegistersChecksInBuysWithTheFairVoucherAndTheReportCountsIt() {
        LocalDate today = VietnameseDates.today(clock);
        long run = System.nanoTime() % 1_000_000;
        FairView fair = planning.create(OFFICER, new FairDraft("Hội chợ OCOP E2E " + run, null, "Sản phẩm OCOP",
                "Trung tâm Hội chợ", null, "19", null, today, today.plusDays(2), "8:00–21:00", today.plusDays(1), 10, 6));
        BoothView booth = planning.addBooths(OFFICER, fair.id(), List.of(new BoothDraft("A01", null, null, 0, 0, 2, 2)))
                .getFirst();
        BoothCategory category = planning.addCategory(OFFICER, fair.id(), "Gian 3×3", null, BigDecimal.valueOf(3),
                BigDecimal.valueOf(3), 0);
        planning.publish(OFFICER, fair.id());
        Producer producer = fixtures.producer("HTX Miến dong E2E " + run, "Thái Nguyên");
        Product noodles = fixtures.product(producer, "Miến dong Bình Liêu E2E " + run, ProductGroup.FOOD, 120_000);
        fixtures.certify(noodles, 82, LocalDate.now().minusMonths(3));
        SignedInUser owner = new SignedInUser(800_900, "mien@example.vn", producer.name(), Role.PRODUCER, producer.id());
        ApplicationView application = applications.apply(owner, fair.id(), List.of(noodles.id()), null);
        applications.approve(OFFICER, application.id(), category.id());
        assignments.assign(OFFICER, booth.id(), application.id(), false);
        String code = "E2E" + run;
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair.id(), code, "Giảm 30.000 ₫", null, 30_000L, null,
                300_000, 1));

        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            // A visitor finds the registration from the fair's page.
            browser.get(base + "/hoi-cho/" + fair.slug());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fair-register"))).click();
            type(wait, "#visitor-name input", "Nguyễn Văn Khách");
            type(wait, "#visitor-phone input", "0915 678 901");
            type(wait, "#visitor-province input", "Thái Nguyên");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Thái Nguyên']"))).click();
            browser.findElement(By.id("visitor-register")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visitor-error"), "đồng ý"));
            browser.findElement(By.cssSelector("#visitor-consent")).click();
            Browsers.settle(browser);
            browser.findElement(By.id("visitor-register")).click();
            String printed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("badge-code"))).getText();
            assertTrue(printed.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"), printed);
            assertTrue(browser.findElement(By.id("badge-qr")).getAttribute("src").startsWith("data:image/png;base64,"));
            Browsers.screenshot(browser, "fair-badge.png");

            Visitors.CheckIn gate = visitors.checkIn(OFFICER, printed);
            assertTrue(gate.first());
            assertTrue(!visitors.checkIn(OFFICER, printed).first(), "a second scan is not counted");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge-state"), "Đã vào cổng"));

            browser.get(base + "/san-pham/" + noodles.slug());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("add-to-cart"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("cart-count"), "1"));
            browser.get(base + "/thanh-toan");
            type(wait, "#contact-name input", "Nguyễn Văn Khách");
            type(wait, "#contact-phone input", "0915 678 901");
            type(wait, "#contact-email input", "khach.e2e@example.vn");
            type(wait, "#address-province input", "Hà Nội");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Hà Nội']"))).click();
            type(wait, "#address-commune input", "ba dinh");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Phường Ba Đình']"))).click();
            Browsers.settle(browser);
            type(wait, "#address-street input", "Số 8 phố Phan Đình Phùng");
            type(wait, "#voucher-code input", code.toLowerCase());
            browser.findElement(By.xpath("//vaadin-radio-button[contains(., 'COD')]")).click();
            Browsers.settle(browser);
            browser.findElement(By.id("review-order")).click();
            assertEquals("−30.000 ₫", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-discount")))
                    .getText());
            Browsers.screenshot(browser, "fair-checkout-review.png");
            browser.findElement(By.id("place-order")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-card"), 1));
            assertTrue(browser.findElement(By.cssSelector(".order-discount")).getText().contains("30.000 ₫"));
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "fair-failure.png");
            throw e;
        }

        ReportModel report = reports.generate(FairReport.NAME, new ReportParameters(null, today, today.plusDays(2)),
                Messages.VIETNAMESE, p -> { });
        List<ReportCell> fairRow = row(report, "fairs", fair.name());
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 1L, 120_000L, 30_000L),
                fairRow.subList(3, 11).stream().map(ReportCell::raw).toList(),
                "registered, checked in, booths, leads, inquiries, orders, revenue, discount");
        List<ReportCell> boothRow = row(report, "booths", producer.name());
        assertEquals("A01", boothRow.get(1).raw());
        assertEquals(1L, boothRow.get(7).raw());
    }

    private static List<ReportCell> row(ReportModel report, String table, String name) {
        ReportTable t = report.sections().stream().flatMap(s -> s.tables().stream()).filter(x -> x.key().equals(table))
                .findFirst().orElseThrow();
        return t.rows().stream().filter(r -> r.stream().anyMatch(c -> name.equals(c.raw()))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + table));
    }

    private void type(WebDriverWait wait, String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }
}
