package vn.ocop.market.app.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * In front of the API and /health: a body of unknown length (chunked) is read here, at most
 * {@code limit} bytes of it, and refused with 413 as soon as it passes the limit, so the
 * application never holds more than that; bodies of known length were checked by
 * {@link EdgeHandler} already. A JSON body {@link StrictJson} refuses is replaced by one no parser
 * reads, so the application answers its 400 for an unreadable body once it reads it (after the
 * token check, so an unauthorised caller learns nothing about its body). API requests never create a session: a client with no cookies
 * would otherwise leave one behind per call. Anything thrown past the application still gets the
 * API's JSON error, never a stack trace.
 */
public final class ApiBodyLimit implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiBodyLimit.class);

    /**
     * What the application reads instead of a body {@link StrictJson} refused: not JSON, so it
     * answers its usual 400 for an unreadable body, whatever the target type.
     */
    private static final byte[] UNREADABLE = "\u0000".getBytes(StandardCharsets.UTF_8);

    private final int limit;

    public ApiBodyLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HttpServletRequest wrapped = new Sessionless(request, null);
        boolean streamed = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        boolean json = request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
        if (streamed || (json && request.getContentLengthLong() > 0)) {
            byte[] body = readAtMost(request.getInputStream(), limit);
            if (body == null) {
                LOG.info("{} {} refused with 413 [{}]: streamed body over {} bytes", request.getMethod(),
                        request.getRequestURI(), request.getHeader(EdgeHandler.REQUEST_ID), limit);
                response.setHeader("Connection", "close");
                write(response, 413, ErrorBodies.message(413));
                return;
            }
            // Judged only when the application reads it, so that an unauthorised call still gets
            // its 401 before anything about its body is said.
            String problem = json ? StrictJson.problem(body) : null;
            if (problem != null) {
                LOG.info("{} {} body refused [{}]: {}", request.getMethod(), request.getRequestURI(),
                        request.getHeader(EdgeHandler.REQUEST_ID), problem);
            }
            wrapped = new Sessionless(request, problem == null ? body : UNREADABLE);
        }
        try {
            chain.doFilter(wrapped, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.error("{} {} failed [{}]", request.getMethod(), request.getRequestURI(),
                    request.getHeader(EdgeHandler.REQUEST_ID), e);
            if (!response.isCommitted()) {
                response.reset();
                write(response, 500, ErrorBodies.message(500));
            }
        }
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(ErrorBodies.json(status, message).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole stream if it holds at most {@code limit} bytes, otherwise null (having read limit + 1). */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    /** The request with no way to create a session and, for a streamed body, the body read here. */
    private static final class Sessionless extends HttpServletRequestWrapper {

        private final byte[] body;

        Sessionless(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public HttpSession getSession() {
            return super.getSession(false);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return super.getSession(false);
        }

        @Override
        public int getContentLength() {
            return body == null ? super.getContentLength() : body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body == null ? super.getContentLengthLong() : body.length;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (body == null) {
                return super.getReader();
            }
            String encoding = getCharacterEncoding();
            InputStream in = new ByteArrayInputStream(body);
            return new BufferedReader(new InputStreamReader(in,
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
