package vn.ocop.market.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.util.List;

/** Turns domain exceptions into JSON errors with the right status. */
@Factory
class ApiErrorHandlers {

    @Singleton
    @Produces
    ExceptionHandler<InvalidInputException, HttpResponse<ApiError>> invalidInput() {
        return (HttpRequest request, InvalidInputException e) -> HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                .body(new ApiError(400, "invalid_input", "Dữ liệu không hợp lệ / Invalid input",
                        ApiError.fields(e.errors())));
    }

    @Singleton
    @Produces
    ExceptionHandler<NotFoundException, HttpResponse<ApiError>> notFound() {
        return (HttpRequest request, NotFoundException e) -> HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND)
                .body(new ApiError(404, "not_found", "Không tìm thấy / Not found", List.of()));
    }
}
