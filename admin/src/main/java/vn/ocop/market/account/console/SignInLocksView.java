package vn.ocop.market.account.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.LoginThrottle;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Accounts and addresses locked after failed sign-ins, with an audited unlock, and the latest failures. Administrators only. */
@Prototype
@Route(value = "admin/sign-in-locks", layout = AdminLayout.class)
@ConsoleRoles(Role.ADMIN)
public class SignInLocksView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    final Grid<LoginThrottle.Lock> locks = new Grid<>();
    final Grid<LoginThrottle.Failure> failures = new Grid<>();
    private final LoginThrottle throttle;

    public SignInLocksView(LoginThrottle throttle) {
        this.throttle = throttle;
        setSizeFull();
        add(new H2(I18n.text("console.signInLocks.title")));
        add(new Paragraph(I18n.text("console.signInLocks.rule", LoginThrottle.ACCOUNT_LIMIT, LoginThrottle.ADDRESS_LIMIT)));
        locks.addColumn(LoginThrottle.Lock::subject).setHeader(I18n.text("console.signInLocks.subject")).setFlexGrow(2);
        locks.addColumn(l -> when(l.lockedAt())).setHeader(I18n.text("console.signInLocks.lockedAt")).setAutoWidth(true);
        locks.addColumn(l -> when(l.lockedUntil())).setHeader(I18n.text("console.signInLocks.lockedUntil")).setAutoWidth(true);
        locks.addColumn(LoginThrottle.Lock::failures).setHeader(I18n.text("console.signInLocks.failures")).setAutoWidth(true);
        locks.addComponentColumn(l -> {
            Button unlock = new Button(I18n.text("console.signInLocks.unlock"), e -> unlock(l));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return unlock;
        }).setAutoWidth(true);
        locks.setId("sign-in-locks");
        locks.setAllRowsVisible(true);
        failures.addColumn(f -> when(f.at())).setHeader(I18n.text("console.common.when")).setAutoWidth(true);
        failures.addColumn(LoginThrottle.Failure::account).setHeader(I18n.text("console.signInLocks.account")).setFlexGrow(2);
        failures.addColumn(LoginThrottle.Failure::address).setHeader(I18n.text("console.signInLocks.address")).setAutoWidth(true);
        failures.addColumn(LoginThrottle.Failure::step).setHeader(I18n.text("console.signInLocks.step")).setAutoWidth(true);
        failures.setId("sign-in-failures");
        add(locks, new H3(I18n.text("console.signInLocks.recentFailures")), failures);
        refresh();
    }

    public void unlock(LoginThrottle.Lock lock) {
        throttle.unlock(lock.subject(), CurrentUser.get().map(SignedInUser::email).orElse("console"));
        refresh();
    }

    private void refresh() {
        locks.setItems(throttle.locks());
        failures.setItems(throttle.recentFailures(200));
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.signInLocks.pageTitle");
    }
}
