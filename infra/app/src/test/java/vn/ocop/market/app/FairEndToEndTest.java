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
import vn.ocop.market.fair.FairReport;
import vn.ocop.market.fair.FairStatus;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fair from end to end in headless Chromium, every step of the issue through its page: an officer
 * signs in to the console, creates the fair with a zone, a booth category and a row of booths and
 * publishes it; the producer applies with a product from the seller centre; the officer approves the
 * application and assigns a booth by clicking it on the floor plan, and the producer reads the notice;
 * the officer creates the fair voucher; a visitor registers on the fair's page and gets a QR badge, the
 * officer checks the typed code in at the gate (twice: the second is not counted), and the visitor buys
 * the product from the booth's page with the voucher, and the officer sees what the voucher has taken
 * from its budget; the post-fair report counts all of it.
 * <p>
 * Set up through services, as data the journey only needs to exist: the officer's and the producer's
 * accounts and the producer's certified product ({@link Fixtures}). The fair runs from today (the
 * injected clock's day in Vietnam) for three days, so it is open while the visitor buys. Dates are put
 * into the date pickers as their ISO value (what picking a day in the calendar sets).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Accounts accounts;
    @Inject Fairs fairs;
    @Inject Reports reports;
    @Inject Clock clock;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browsers.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerOrganisesAFairAProducerExhibitsAVisitorComesAndBuysAndTheReportCountsIt() {
        LocalDate today = VietnameseDates.today(clock);
        long run = System.nanoTime() % 1_000_000;
        String fairName = "Hội chợ OCOP E2E " + run;
        String zoneName = "Sản phẩm 4–5 sao " + run;
        Producer producer = fixtures.producer("HTX Miến dong E2E " + run, "Thái Nguyên");
        Product noodles = fixtures.product(producer, "Miến dong Bình Liêu E2E " + run, ProductGroup.FOOD, 120_000);
        fixtures.certify(noodles, 82, LocalDate.now().minusMonths(3));
        String producerEmail = "htx-mien-" + System.nanoTime() + "@ocop.test";
        accounts.create(producerEmail, "mat-khau-chu-the", producer.name(), Role.PRODUCER, producer.id());
        String officerEmail = "xttm-" + System.nanoTime() + "@ocop.test";
        accounts.create(officerEmail, "mat-khau-can-bo", "Cán bộ XTTM", Role.OFFICER, null);
        String code = "E2E" + run;

        String base = "http://127.0.0.1:" + server.getPort();
        try {
            // The officer creates the fair, its zone, booth category and booths, and publishes it.
            signIn(base, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/fairs");
            click(By.id("fairs-new"));
            type("#fair-form-name input", fairName);
            type("#fair-form-theme textarea", "Sản phẩm OCOP vùng trung du");
            type("#fair-form-venue input", "Trung tâm Hội chợ Triển lãm");
            type("#fair-form-address input", "Số 1 đường Hoàng Văn Thụ");
            combo("fair-form-province", "Thái Nguyên");
            date("fair-form-startsOn", today);
            date("fair-form-endsOn", today.plusDays(2));
            date("fair-form-deadline", today.plusDays(1));
            Browsers.settle(browser);
            click(By.id("fairs-save"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fair-setup")));
            FairView fair = fairs.page(0, 200).stream().filter(f -> f.name().equals(fairName)).findFirst()
                    .orElseThrow(() -> new AssertionError("the fair was not saved: "
                            + browser.findElement(By.id("fairs-message")).getText()));
            assertEquals(today, fair.startsOn());
            assertEquals(today.plusDays(2), fair.endsOn());

            type("#fair-zone-name input", zoneName);
            click(By.id("fair-zone-add"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-setup-summary"), "1"));
            type("#fair-category-name input", "Gian 3×3");
            click(By.id("fair-category-add"));
            wait.until(d -> fairs.categoriesOf(fair.id()).size() == 1);
            Browsers.settle(browser);
            select("fair-booths-zone", zoneName);
            select("fair-booths-category", "Gian 3×3");
            click(By.id("fair-booths-add"));
            wait.until(d -> fairs.boothsOf(fair.id()).size() == 5);
            Browsers.settle(browser);
            Browsers.screenshot(browser, "fair-console-setup.png");
            click(By.id("fairs-publish"));
            wait.until(d -> fairs.byId(fair.id()).orElseThrow().status() == FairStatus.PUBLISHED);
            Browsers.settle(browser);

            // The producer applies with the product from the seller centre.
            browser.manage().deleteAllCookies();
            signIn(base, producerEmail, "mat-khau-chu-the");
            browser.get(base + "/admin/my-fairs");
            select("my-fairs-fair", fairName);
            click(By.xpath("//vaadin-checkbox-group[@id='my-fairs-products']//vaadin-checkbox[contains(., '"
                    + noodles.name() + "')]"));
            Browsers.settle(browser);
            type("#my-fairs-note textarea", "Mang 200 gói miến dong.");
            click(By.id("my-fairs-apply"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-fairs-message"), fairName));
            Browsers.screenshot(browser, "fair-producer-applied.png");

            // The officer approves it and assigns booth A01 by clicking it on the floor plan.
            browser.manage().deleteAllCookies();
            signIn(base, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/fairs");
            click(By.xpath("//vaadin-grid[@id='fairs-grid']//vaadin-grid-cell-content[text()='" + fairName + "']"));
            wait.until(ExpectedConditions.attributeContains(By.id("fairs-plan-link"), "href", "fair=" + fair.id()));
            click(By.id("fairs-plan-link"));
            wait.until(ExpectedConditions.urlContains("/admin/fairs/plan"));
            click(By.xpath("//vaadin-grid[@id='fair-applications']//vaadin-grid-cell-content[text()='"
                    + producer.name() + "']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fair-review-approve")));
            select("fair-review-category", "Gian 3×3");
            click(By.id("fair-review-approve"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-plan-message"), producer.name()));
            Browsers.settle(browser);
            long a01 = fairs.boothsOf(fair.id()).stream().filter(b -> b.number().equals("A01")).findFirst()
                    .orElseThrow().id();
            click(By.id("fair-booth-" + a01));
            Browsers.settle(browser);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-plan-booth"), "A01"));
            click(By.id("fair-plan-assign"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-plan-message"), "A01"));
            assertEquals("false", browser.findElement(By.id("fair-plan-message")).getAttribute("data-error"));
            wait.until(ExpectedConditions.attributeContains(By.id("fair-booth-" + a01), "class", "fair-booth-assigned"));
            Browsers.screenshot(browser, "fair-plan-assigned.png");

            // ... and creates the fair's voucher.
            browser.get(base + "/admin/fairs/vouchers");
            voucherFair(fairName);
            type("#voucher-code input", code);
            type("#voucher-name input", "Giảm 30.000 ₫ tại hội chợ");
            type("#voucher-amount input", "30.000");
            type("#voucher-budget input", "300000");
            Browsers.settle(browser);
            click(By.id("voucher-create"));
            wait.until(d -> !d.findElements(By.xpath("//vaadin-grid[@id='vouchers']//vaadin-grid-cell-content[text()='"
                    + code + "']")).isEmpty());
            Browsers.screenshot(browser, "fair-voucher.png");

            // The producer reads the booth notice and sees the booth in the seller centre.
            browser.manage().deleteAllCookies();
            signIn(base, producerEmail, "mat-khau-chu-the");
            browser.get(base + "/admin/notices");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice-card"), "A01"));
            assertTrue(browser.findElement(By.cssSelector(".notice-card")).getText().contains(fairName));
            browser.get(base + "/admin/my-fairs");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//vaadin-grid[@id='my-fairs-applications']//vaadin-grid-cell-content[text()='A01']")));

            // A visitor finds the registration from the fair's page.
            browser.manage().deleteAllCookies();
            browser.get(base + "/hoi-cho/" + fair.slug());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fair-register"))).click();
            type("#visitor-name input", "Nguyễn Văn Khách");
            type("#visitor-phone input", "0915 678 901");
            combo("visitor-province", "Thái Nguyên");
            browser.findElement(By.id("visitor-register")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visitor-error"), "đồng ý"));
            browser.findElement(By.cssSelector("#visitor-consent")).click();
            Browsers.settle(browser);
            browser.findElement(By.id("visitor-register")).click();
            String printed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("badge-code"))).getText();
            assertTrue(printed.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"), printed);
            assertTrue(browser.findElement(By.id("badge-qr")).getAttribute("src").startsWith("data:image/png;base64,"));
            String badgePage = browser.getCurrentUrl();
            Browsers.screenshot(browser, "fair-badge.png");

            // The officer types the badge's code at the gate; a second scan is not counted.
            browser.manage().deleteAllCookies();
            signIn(base, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/fairs/check-in");
            type("#check-in-code input", printed);
            click(By.id("check-in"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-in-result .check-in-ok")));
            assertTrue(browser.findElement(By.id("check-in-counts")).getText().contains(fairName));
            Browsers.screenshot(browser, "fair-check-in.png");
            type("#check-in-code input", printed.toLowerCase().replace("-", " "));
            click(By.id("check-in"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-in-result .check-in-again")));

            // The visitor's badge shows the check-in; they buy the booth's product with the voucher.
            browser.manage().deleteAllCookies();
            browser.get(badgePage);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge-state"), "Đã vào cổng"));
            browser.get(base + "/hoi-cho/" + fair.slug());
            click(By.cssSelector("#fair-booth-card-A01 a"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("booth-title"), producer.name()));
            assertTrue(browser.findElement(By.id("booth-products")).getText().contains(noodles.name()));
            Browsers.screenshot(browser, "fair-booth-page.png");
            click(By.cssSelector("#booth-products .add-to-cart-button"));
            wait.until(ExpectedConditions.textToBe(By.id("cart-count"), "1"));
            browser.get(base + "/thanh-toan");
            type("#contact-name input", "Nguyễn Văn Khách");
            type("#contact-phone input", "0915 678 901");
            type("#contact-email input", "khach.e2e@example.vn");
            combo("address-province", "Hà Nội");
            type("#address-commune input", "ba dinh");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[normalize-space(.)='Phường Ba Đình']"))).click();
            Browsers.settle(browser);
            type("#address-street input", "Số 8 phố Phan Đình Phùng");
            type("#voucher-code input", code.toLowerCase());
            browser.findElement(By.xpath("//vaadin-radio-button[contains(., 'COD')]")).click();
            Browsers.settle(browser);
            browser.findElement(By.id("review-order")).click();
            assertEquals("−30.000 ₫", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-discount")))
                    .getText());
            Browsers.screenshot(browser, "fair-checkout-review.png");
            browser.findElement(By.id("place-order")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-card"), 1));
            assertTrue(browser.findElement(By.cssSelector(".order-discount")).getText().contains("30.000 ₫"));

            // The officer sees what the voucher has taken from its budget.
            browser.manage().deleteAllCookies();
            signIn(base, officerEmail, "mat-khau-can-bo");
            browser.get(base + "/admin/fairs/vouchers");
            voucherFair(fairName);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid[@id='vouchers']"
                    + "//vaadin-grid-cell-content[starts-with(normalize-space(.), '30.000') and contains(., '300.000')]")));
            Browsers.screenshot(browser, "fair-voucher-spent.png");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "fair-failure.png");
            throw e;
        }

        FairView fair = fairs.page(0, 200).stream().filter(f -> f.name().equals(fairName)).findFirst().orElseThrow();
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

    private void signIn(String base, String email, String password) {
        browser.get(base + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
        Browsers.settle(browser);
    }

    private void type(String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        scrollTo(field);
        field.sendKeys(text);
    }

    /** Clicks an element of the console, whose content scrolls inside its layout, once it is in view. */
    private void click(By by) {
        scrollTo(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        Browsers.settle(browser);
    }

    /** Types into a combo box and picks the item shown with exactly that text. */
    private void combo(String id, String item) {
        type("#" + id + " input", item);
        pick(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']"));
    }

    /** Picks the fair on the vouchers page, where fairs are listed with their days ("… (04/12/2026 – 06/12/2026)"). */
    private void voucherFair(String fairName) {
        type("#voucher-fair input", fairName);
        pick(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + fairName + " (')]"));
    }

    /** Opens a select and picks the (shown) item whose text holds the given words. */
    private void select(String id, String words) {
        click(By.id(id));
        pick(By.xpath("//vaadin-select-item[contains(normalize-space(.), '" + words + "')]"));
    }

    private void pick(By item) {
        WebElement shown = wait.until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
        shown.click();
        Browsers.settle(browser);
    }

    /** Sets a date picker's value as picking the day in its calendar does, and commits it. */
    private void date(String id, LocalDate day) {
        WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        scrollTo(picker);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", picker, day.toString());
        Browsers.settle(browser);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
