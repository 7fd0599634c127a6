package vn.ocop.market.app.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * In front of {@code /VAADIN/build/*}: the script bundle's files carry a hash of their content in
 * their names, so a browser may keep them for a year without asking again. Vaadin sends them with
 * an hour's {@code max-age}, after which a phone revalidates each of the dozens of files; this
 * filter puts the year on them instead (its own cache headers are kept for anything else).
 */
public final class ImmutableBuildFiles implements Filter {

    static final String CACHE = "public, max-age=31536000, immutable";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        chain.doFilter(req, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, cached(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, cached(name, value));
            }

            /** Only a file that was found is kept; an error keeps what the servlet said. */
            private String cached(String name, String value) {
                return "Cache-Control".equalsIgnoreCase(name) && getStatus() < 400 && value != null
                        && !value.contains("no-store") ? CACHE : value;
            }
        });
    }
}
