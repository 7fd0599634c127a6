package vn.ocop.market.cart.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import vn.ocop.market.cart.Carts;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The browser's cart token: kept in an HttpOnly cookie for 90 days, so a guest finds the cart again
 * on the next visit, and in the Vaadin session, so a token created in this visit is used before
 * the browser has sent the cookie back.
 */
public final class CartCookie {

    public static final String NAME = "ocop_cart";
    static final int MAX_AGE_SECONDS = (int) Duration.ofDays(90).toSeconds();
    private static final String SESSION_KEY = "ocop.cart-token";
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{16,64}");

    private CartCookie() {
    }

    /** The cart token of this browser, if it has one. */
    public static Optional<String> token() {
        VaadinSession session = VaadinSession.getCurrent();
        Object cached = session == null ? null : session.getAttribute(SESSION_KEY);
        if (cached instanceof String token) {
            return Optional.of(token);
        }
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && cookie.getValue() != null && TOKEN.matcher(cookie.getValue()).matches()) {
                    if (session != null) {
                        session.setAttribute(SESSION_KEY, cookie.getValue());
                    }
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The cart token, creating one (and its cookie) when the browser has none yet. */
    public static String tokenOrNew() {
        return token().orElseGet(() -> {
            String token = Carts.newToken();
            set(token);
            return token;
        });
    }

    /** Remembers a token (a new cart, or the shopper's own cart after signing in). */
    public static void set(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, token);
        }
        write(token, MAX_AGE_SECONDS);
    }

    /** Forgets the cart at sign-out, so the next person at this browser does not see it. */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, null);
        }
        write("", 0);
    }

    private static void write(String value, int maxAge) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        VaadinRequest request = VaadinService.getCurrentRequest();
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }
}
