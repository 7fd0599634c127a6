package vn.ocop.market.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.ui.CurrentUser;

/** /admin itself: forwards to the signed-in user's start page (the layout handles sign-in). */
@Prototype
@Route(value = "admin", layout = AdminLayout.class)
@ConsoleRoles({Role.OFFICER, Role.ADMIN, Role.PRODUCER})
public class AdminHomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().ifPresent(user -> event.forwardTo(AdminLayout.homeFor(user)));
    }
}
