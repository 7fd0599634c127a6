package vn.ocop.market.fair.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The visitor badge this browser registered, so a booth's lead page opened by scanning its QR code
 * knows who scanned it (the visitor may also type the code).
 */
final class BadgeCookie {

    static final String NAME = "ocop_badge";
    private static final int MAX_AGE_SECONDS = (int) Duration.ofDays(60).toSeconds();
    private static final Pattern CODE = Pattern.compile("[A-Z2-7]{16}");

    private BadgeCookie() {
    }

    static Optional<String> code() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && cookie.getValue() != null && CODE.matcher(cookie.getValue()).matches()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    static void set(String code) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, code);
        cookie.setPath("/");
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        VaadinRequest request = VaadinService.getCurrentRequest();
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }
}
