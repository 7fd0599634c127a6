package vn.ocop.market.admin.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import vn.ocop.market.api.ApiError;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.shared.RunMode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Guards the admin API: everything under {@value #ADMIN} (paths that do not exist too), and every
 * operation that declares a scope ({@link RequiresScope}) wherever its path is (EPCIS capture keeps
 * the path EPCIS clients expect). A caller is an API client presenting {@code Authorization: Bearer
 * <clientId>.<secret>}, or, in demo mode only, the bootstrap token OCOP_ADMIN_TOKEN, which holds
 * every scope. Unknown callers get 401 before anything else is looked at; a caller without the scope
 * the operation declares gets 403, and an operation under {@value #ADMIN} that declares none is
 * refused to every API client.
 */
@Filter("/api/**")
public class AdminToken implements HttpServerFilter {

    /** The admin API's root. */
    static final String ADMIN = "/api/admin";

    private final byte[] demoToken;
    private final ApiClients clients;

    AdminToken(@Value("${ocop.admin.token:}") String token, @Value("${" + RunMode.PROPERTY + ":production}") String mode,
               ApiClients clients) {
        // Production never accepts the shared token: every system has its own client and scopes.
        this.demoToken = RunMode.of(mode).demo() && token != null ? token.getBytes(StandardCharsets.UTF_8) : new byte[0];
        this.clients = clients;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<RouteMatch<?>> match = RouteAttributes.getRouteMatch(request);
        Optional<ApiScope> needed = match.flatMap(m -> m.getAnnotationMetadata().enumValue(RequiresScope.class, ApiScope.class));
        String path = request.getPath();
        if (needed.isEmpty() && !path.equals(ADMIN) && !path.startsWith(ADMIN + "/")) {
            return chain.proceed(request);
        }
        String header = request.getHeaders().get("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (token.isEmpty()) {
            return Mono.just(unauthorized());
        }
        // Served by the servlet engine on a request thread, so the database lookup may block here.
        Optional<ApiCaller> caller = caller(token);
        if (caller.isEmpty()) {
            return Mono.just(unauthorized());
        }
        if (match.isPresent()) {
            boolean allowed = needed.map(caller.get().scopes()::contains)
                    .orElseGet(() -> caller.get().scopes().containsAll(EnumSet.allOf(ApiScope.class)));
            if (!allowed) {
                return Mono.just(forbidden(needed.orElse(null)));
            }
        }
        // No route matched: the 404 or 405 that follows reveals nothing to an authenticated caller.
        request.setAttribute(ApiCaller.ATTRIBUTE, caller.get());
        return chain.proceed(request);
    }

    private Optional<ApiCaller> caller(String token) {
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        if (demoToken.length > 0 && MessageDigest.isEqual(demoToken, presented)) {
            return Optional.of(new ApiCaller("api", EnumSet.allOf(ApiScope.class)));
        }
        return clients.authenticate(token).map(c -> new ApiCaller(c.actor(), c.scopes()));
    }

    private static MutableHttpResponse<?> unauthorized() {
        // The request body is left unread, so the connection is not fit for another request:
        // say so, or a client reusing it gets no answer to its next call.
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer")
                .header("Connection", "close")
                .body(new ApiError(401, "unauthorized", "Thiếu hoặc sai mã truy cập / Missing or wrong token", List.of()));
    }

    private static MutableHttpResponse<?> forbidden(ApiScope needed) {
        String scope = needed == null ? "every scope" : needed.code();
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .header("Connection", "close")
                .body(new ApiError(403, "forbidden", "Hệ thống này không có quyền " + scope + " / This client lacks the scope "
                        + scope, List.of()));
    }
}
