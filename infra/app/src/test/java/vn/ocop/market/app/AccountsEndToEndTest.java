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
import vn.ocop.market.account.AccountAdministration;
import vn.ocop.market.account.AccountMails;
import vn.ocop.market.account.AccountState;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Invitations;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Chromium: an invitee accepts and works; once disabled, the next click ends the session. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsEndToEndTest implements TestEnvironment {

    @Inject EmbeddedServer server;
    @Inject Accounts accounts;
    @Inject Invitations invitations;
    @Inject AccountAdministration administration;
    @Inject AccountMails mails;

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
    void anInviteeSignsUpAndIsSignedOutAtTheNextClickOnceDisabled() {
        SignedInUser admin = accounts.create("quantri-" + System.nanoTime() + "@ocop.test", "vuon-che-song-cau-7",
                "Quản trị E2E", Role.ADMIN, null);
        String email = "moi-e2e-" + System.nanoTime() + "@ocop.test";
        invitations.invite(admin, email, Role.OFFICER, null);
        Matcher link = Pattern.compile("(/admin/invitation/[A-Za-z0-9_-]{43})").matcher(mails.to(email, 1).get(0).body());
        assertTrue(link.find());
        String base = "http://127.0.0.1:" + server.getPort();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(base + link.group(1));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#invitation-name input")))
                    .sendKeys("Cán bộ Được Mời");
            browser.findElement(By.cssSelector("#invitation-password input")).sendKeys("hoa-sen-ho-tay-2031");
            browser.findElement(By.cssSelector("#invitation-confirm input")).sendKeys("hoa-sen-ho-tay-2031");
            browser.findElement(By.id("invitation-accept")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-grid")));
            Browsers.settle(browser);
            Browsers.screenshot(browser, "invitee-signed-in.png");

            long officerId = accounts.authenticate(email, "hoa-sen-ho-tay-2031").orElseThrow().id();
            administration.setState(admin, officerId, AccountState.DISABLED);

            // Any round trip now (here: a menu click) finds the session dead and lands on the sign-in form.
            Browsers.click(browser, By.cssSelector("vaadin-side-nav-item[path='admin/audit']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("vaadin-login-form input[name='username']")));
            Browsers.screenshot(browser, "disabled-signed-out.png");
            assertTrue(browser.findElements(By.id("certificate-grid")).isEmpty());

            // Enabled again, the officer signs in; disabled once more, a click that is no navigation
            // (a filter typed into the registry) is refused the same way before it runs.
            administration.setState(admin, officerId, AccountState.ACTIVE);
            browser.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
            browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("hoa-sen-ho-tay-2031", Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-grid")));
            Browsers.settle(browser);
            administration.setState(admin, officerId, AccountState.DISABLED);
            browser.findElement(By.cssSelector("#filter-text input")).sendKeys("chè", Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("vaadin-login-form input[name='username']")));
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "accounts-e2e-failure.png");
            throw e;
        }
    }
}
