package vn.ocop.market.admin.api;

import io.micronaut.http.HttpRequest;
import vn.ocop.market.apiclient.ApiScope;

import java.util.Set;

/** Who is calling the admin API, as {@link AdminToken} found it; the actor goes into the audit trail. */
public record ApiCaller(String actor, Set<ApiScope> scopes) {

    static final String ATTRIBUTE = "ocop.api.caller";

    /** The caller of a request that passed the filter ("api" when unknown, as before API clients). */
    public static String actor(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ApiCaller.class).map(ApiCaller::actor).orElse("api");
    }
}
