package vn.ocop.market.ui;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.SignedInUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Ends a session whose account was disabled, or whose password or role changed, at its next
 * navigation or server round trip: the signed-in user is compared with the database each time.
 */
public class SessionGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (!stillValid(service, CurrentUser.get().orElse(null))) {
                CurrentUser.forget();
            }
        }));
        event.addRequestHandler(new RoundTripCheck(service));
    }

    private static boolean stillValid(VaadinService service, SignedInUser user) {
        return user == null || service.getInstantiator().getOrCreate(Accounts.class).stillValid(user);
    }

    /** Before a click or another round trip runs, a dead session is told to reload, which lands on sign-in. */
    private record RoundTripCheck(VaadinService service) implements RequestHandler {

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            if (session == null || !ApplicationConstants.REQUEST_TYPE_UIDL.equals(
                    request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))) {
                return false;
            }
            SignedInUser user;
            session.lock();
            try {
                user = session.getAttribute(SignedInUser.class);
            } finally {
                session.unlock();
            }
            if (stillValid(service, user)) {
                return false;
            }
            session.lock();
            try {
                session.setAttribute(SignedInUser.class, null);
            } finally {
                session.unlock();
            }
            // Caption, message and address all empty: the client reloads the page.
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createCriticalNotificationJSON(null, null, null, null)
                    .getBytes(StandardCharsets.UTF_8));
            return true;
        }
    }
}
