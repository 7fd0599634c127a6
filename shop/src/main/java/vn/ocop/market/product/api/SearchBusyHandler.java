package vn.ocop.market.product.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.ocop.market.api.ApiError;
import vn.ocop.market.search.SearchBusyException;

import java.util.List;

/**
 * A search refused because the database fallback is at its cap: 503 with {@code Retry-After}, so a
 * client knows it may simply try again in a moment.
 */
@Factory
class SearchBusyHandler {

    @Singleton
    @Produces
    ExceptionHandler<SearchBusyException, HttpResponse<ApiError>> searchBusy() {
        return (HttpRequest request, SearchBusyException e) -> HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                .body(new ApiError(503, "search_busy",
                        "Tìm kiếm đang quá tải, vui lòng thử lại sau giây lát / Search is busy, please try again in a moment",
                        List.of()));
    }
}
