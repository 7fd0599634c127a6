package vn.ocop.market.app.media;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.media.ImageKeys;
import vn.ocop.market.media.ImageStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * {@code GET /media/{key}}: a stored photo's bytes. Keys are the hash of their bytes, so a key's
 * answer never changes: it is cached for a year as immutable, with the key as a strong ETag
 * (304 for a matching If-None-Match). Anything that is not a valid key (a folder, "..", an
 * encoded slash) is 404 without the store being asked.
 */
public final class MediaServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final Logger LOG = LoggerFactory.getLogger(MediaServlet.class);

    private final ImageStore store;

    public MediaServlet(ImageStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String path = request.getPathInfo();
        String key = path == null || !path.startsWith("/") ? null : path.substring(1);
        if (!ImageKeys.isValid(key)) {
            notFound(response);
            return;
        }
        String etag = ImageKeys.etag(key);
        Optional<ImageStore.StoredImage> found;
        try {
            found = store.open(key);
        } catch (RuntimeException e) {
            LOG.error("Cannot read stored image {}", key, e);
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable");
            return;
        }
        if (found.isEmpty()) {
            notFound(response);
            return;
        }
        try (ImageStore.StoredImage image = found.get()) {
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.setHeader("ETag", etag);
            response.setContentType(image.contentType());
            String match = request.getHeader("If-None-Match");
            if (match != null && (match.contains(etag) || match.strip().equals("*"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentLengthLong(image.length());
            if (body) {
                try (InputStream in = image.content(); OutputStream out = response.getOutputStream()) {
                    in.transferTo(out);
                }
            }
        }
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(text);
    }
}
