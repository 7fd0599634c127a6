package vn.ocop.market.cart.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cart cookie as the JSON API reads and writes it: the same {@code ocop_cart} cookie the
 * storefront pages use, so a cart filled through either is found by both, on any instance.
 */
public final class CartToken {

    /** The cookie's name, shared with the storefront's cart. */
    public static final String COOKIE = "ocop_cart";
    private static final Duration MAX_AGE = Duration.ofDays(90);
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{16,64}");

    private CartToken() {
    }

    /** The browser's cart token, if its cookie holds a well-formed one. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(value -> TOKEN.matcher(value).matches());
    }

    /** Sets the cookie on a response (HttpOnly, SameSite=Lax, 90 days). */
    public static void write(HttpRequest<?> request, MutableHttpResponse<?> response, String token) {
        response.cookie(Cookie.of(COOKIE, token).path("/").maxAge(MAX_AGE).httpOnly(true)
                .sameSite(SameSite.Lax).secure(request.isSecure()));
    }
}
