package vn.ocop.market.admin.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards the admin API: a bearer token from the environment (OCOP_ADMIN_TOKEN). */
@Filter("/api/admin/**")
public class AdminToken implements HttpServerFilter {

    private final byte[] expected;

    AdminToken(@Value("${ocop.admin.token}") String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<io.micronaut.http.MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String header = request.getHeaders().get("Authorization");
        byte[] presented = header != null && header.startsWith("Bearer ")
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (expected.length == 0 || !MessageDigest.isEqual(expected, presented)) {
            // The request body is left unread, so the connection is not fit for another request:
            // say so, or a client reusing it gets no answer to its next call.
            return Mono.just(HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer")
                    .header("Connection", "close")
                    .body(new vn.ocop.market.api.ApiError(401, "unauthorized",
                            "Thiếu hoặc sai mã truy cập / Missing or wrong token", java.util.List.of())));
        }
        return chain.proceed(request);
    }
}
