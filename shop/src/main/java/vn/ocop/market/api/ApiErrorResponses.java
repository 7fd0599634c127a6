package vn.ocop.market.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The body of every error Micronaut answers itself (an unreadable body or parameter, an unknown
 * route, a wrong method, an unexpected exception): the API's {@code {status, error, message}},
 * never Micronaut's {@code {message, _links, _embedded}}, which echoes class names and exception
 * messages. One log line per client error, with the request id.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ApiErrorResponses implements ErrorResponseProcessor<ApiError> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorResponses.class);

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ApiError>) response;
        }
        int status = response.code();
        Throwable cause = context.getRootCause().orElse(null);
        String id = context.getRequest().getHeaders().get("X-Request-Id");
        if (status < 500) {
            LOG.info("{} {} answered {} [{}]: {}", context.getRequest().getMethod(), context.getRequest().getPath(), status, id,
                    cause == null ? context.getErrors().stream().map(e -> e.getMessage()).toList() : cause.toString());
        }
        ApiError body = new ApiError(status, code(status), message(status, cause), List.of());
        return ((MutableHttpResponse<ApiError>) response).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    private static String message(int status, Throwable cause) {
        return switch (status) {
            case 400 -> unreadable(cause);
            case 401 -> "Cần xác thực / Authentication required";
            case 403 -> "Không có quyền truy cập / Forbidden";
            case 404 -> "Không tìm thấy / Not found";
            case 405 -> "Phương thức không được hỗ trợ / Method not allowed";
            case 406 -> "Không có định dạng phù hợp / Not acceptable";
            case 413 -> "Dữ liệu gửi lên quá lớn / Request body too large";
            case 415 -> "Định dạng nội dung không được hỗ trợ (hãy gửi application/json) / Unsupported media type (send application/json)";
            default -> status >= 500 ? "Đã có lỗi phía máy chủ / Internal server error"
                    : "Yêu cầu không hợp lệ / Bad request";
        };
    }

    /** Names the parameter that could not be read when there is one, never a type or class. */
    private static String unreadable(Throwable cause) {
        Argument<?> argument = cause instanceof ConversionErrorException c ? c.getArgument()
                : cause instanceof UnsatisfiedRouteException u ? u.getArgument() : null;
        String name = argument == null ? null : argument.getName();
        if (name == null || name.equals("body") || name.equals("payload")) {
            return "Nội dung JSON không đọc được (sai cú pháp, sai kiểu, khóa trùng hoặc ký tự NUL) / "
                    + "The JSON body could not be read (malformed, wrong type, duplicate key or NUL character)";
        }
        return "Giá trị không hợp lệ cho tham số '" + name + "' / Invalid value for parameter '" + name + "'";
    }
}
