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
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairReport;
import vn.ocop.market.fair.FairStatus;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
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

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fair from end to end in headless Chromium: an officer creates and publishes it on the console, a
 * producer applies from the seller centre, the officer approves and assigns a booth on the floor plan;
 * a visitor registers and gets a QR badge, is checked in at the gate's page, leaves a lead at the
 * booth, buys the booth's product with the fair voucher, and the post-fair report counts all of it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairEndToEndTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(900_101, "xttm.e2e@example.vn", "Cán bộ XTTM",
            Role.OFFICER, null);

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Fairs fairs;
    @Inject Accounts accounts;
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
        String fairName = "Hội chợ OCOP E2E " + run;
        String officerEmail = "xttm-" + run + "@ocop.test";
        accounts.create(officerEmail, "mat-khau-can-bo", "Cán bộ XTTM", Role.OFFICER, null);
        Producer producer = fixtures.producer("HTX Miến dong E2E " + run, "Thái Nguyên");
        Product noodles = fixtures.product(producer, "Miến dong Bình Liêu E2E " + run, ProductGroup.FOOD, 120_000);
        fixtures.certify(noodles, 82, LocalDate.now().minusMonths(3));
        String producerEmail = "mien-" + run + "@ocop.test";
        accounts.create(producerEmail, "mat-khau-nha-sx", producer.name(), Role.PRODUCER, producer.id());

        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        FairView fair;
        BoothView booth;
        String code = "E2E" + run;
        try {
            // The officer creates the fair, its booth category and a row of booths, and publishes it.
            signIn(base, wait, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/fairs");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fairs-new"))).click();
            type(wait, "#fair-form-name input", fairName);
            type(wait, "#fair-form-venue input", "Trung tâm Hội chợ");
            type(wait, "#fair-form-province input", "Thái Nguyên");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Thái Nguyên']"))).click();
            type(wait, "#fair-form-startsOn input", day.format(today) + Keys.TAB);
            type(wait, "#fair-form-endsOn input", day.format(today.plusDays(2)) + Keys.TAB);
            type(wait, "#fair-form-deadline input", day.format(today.plusDays(1)) + Keys.TAB);
            Browsers.settle(browser);
            browser.findElement(By.id("fairs-save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fair-setup")));
            type(wait, "#fair-category-name input", "Gian 3×3");
            browser.findElement(By.id("fair-category-add")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-setup-summary"), "1"));
            type(wait, "#fair-booths-prefix input", "A");
            Browsers.settle(browser);
            browser.findElement(By.id("fair-booths-add")).click();
            Browsers.settle(browser);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fairs-publish"))).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fairs-publish")));
            fair = fairs.page(0, 200).stream().filter(f -> f.name().equals(fairName)).findFirst().orElseThrow();
            assertEquals(FairStatus.PUBLISHED, fair.status());
            booth = fairs.boothsOf(fair.id()).stream().filter(b -> b.number().equals("A01")).findFirst().orElseThrow();
            Browsers.screenshot(browser, "fair-console-created.png");

            // The producer applies from the seller centre with the product on sale.
            signIn(base, wait, producerEmail, "mat-khau-nha-sx");
            browser.get(base + "/admin/my-fairs");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("my-fairs-fair"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-select-item[contains(., '" + fairName + "')]"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-checkbox[contains(., '" + noodles.name() + "')]"))).click();
            Browsers.settle(browser);
            browser.findElement(By.id("my-fairs-apply")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-fairs-message"), fairName));

            // The officer approves it with the category and assigns booth A01 on the floor plan.
            signIn(base, wait, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/fairs/plan?fair=" + fair.id());
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-grid-cell-content[text()='" + producer.name() + "']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fair-review-category"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-select-item[contains(., 'Gian 3×3')]"))).click();
            Browsers.settle(browser);
            browser.findElement(By.id("fair-review-approve")).click();
            Browsers.settle(browser);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fair-booth-" + booth.id()))).click();
            Browsers.settle(browser);
            browser.findElement(By.id("fair-plan-assign")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-plan-message"), "A01"));
            Browsers.screenshot(browser, "fair-console-assigned.png");
            assertEquals(producer.id(), fairs.booth(booth.id()).orElseThrow().producerId());
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "fair-failure.png");
            throw e;
        }
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair.id(), code, "Giảm 30.000 ₫", null, 30_000L, null,
                300_000, 1));
        long fairId = fair.id();

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

            String badgePage = browser.getCurrentUrl();
            // The gate types the badge's code on the check-in page; a second scan is not counted.
            browser.get(base + "/admin/fairs/check-in");
            type(wait, "#check-in-code input", printed + Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-result"), "Nguyễn Văn Khách"));
            assertEquals(1, visitors.counts(fairId).checkedIn());
            browser.findElement(By.cssSelector("#check-in-code input")).clear();
            type(wait, "#check-in-code input", printed + Keys.ENTER);
            Browsers.settle(browser);
            assertEquals(new Visitors.Counts(1, 1), visitors.counts(fairId), "a second scan is not counted");
            browser.get(badgePage);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge-state"), "Đã vào cổng"));

            // At the booth the visitor leaves their contact (the badge from the registration is remembered).
            browser.get(base + "/hoi-cho/gian-hang/" + booth.id() + "/lien-he");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("lead-leave"))).click();
            wait.until(d -> !d.findElement(By.id("lead-result")).getText().isBlank());

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
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L, 1L, 120_000L, 30_000L),
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

    /** Signs in to the console as a fresh session. */
    private void signIn(String base, WebDriverWait wait, String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    private void type(WebDriverWait wait, String css, CharSequence text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }
}
