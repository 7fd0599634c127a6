package vn.ocop.market.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import vn.ocop.market.account.SignedInUser;

import java.util.Optional;

/** The person signed in to this browser session. */
public final class CurrentUser {

    /**
     * How long a signed-in session lives without requests; anonymous sessions are given a much
     * shorter life by the server, since anyone can create them by the thousand.
     */
    public static final int SIGNED_IN_SESSION_SECONDS = 30 * 60;

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedInUser.class));
    }

    /** Signs in with a fresh session id, so that a session id planted before login is worthless. */
    public static void signIn(SignedInUser user) {
        var request = VaadinService.getCurrentRequest();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
        VaadinSession.getCurrent().getSession().setMaxInactiveInterval(SIGNED_IN_SESSION_SECONDS);
    }

    /** Keeps this session signed in after its own password change (which moved the credentials version on). */
    public static void refresh(SignedInUser user) {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    /** Forgets who is signed in, without ending the session (used when the account's credentials changed). */
    static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SignedInUser.class, null);
        }
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SignedInUser.class, null);
        session.getSession().invalidate();
    }
}
