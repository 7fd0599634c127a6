package vn.ocop.market.order;

import jakarta.inject.Singleton;
import vn.ocop.market.shared.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a checkout form's contact and address, and prices each producer's shipment. */
@Singleton
public class DeliveryRules {

    /** A shipping fee and the rule that set it. */
    public record Fee(long vnd, String rule, String ruleEn) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public List<FieldError> problems(PlaceOrder request) {
        List<FieldError> errors = new ArrayList<>();
        DeliveryAddress a = request.address();
        if (request.requestKey() == null || request.requestKey().length() < 16 || request.requestKey().length() > 64) {
            errors.add(new FieldError("requestKey", "Phiên đặt hàng không hợp lệ, vui lòng tải lại trang.",
                    "Invalid checkout session; please reload the page."));
        }
        if (request.method() == null) {
            errors.add(new FieldError("method", "Vui lòng chọn cách thanh toán.", "Choose a payment method."));
        }
        if (a == null) {
            errors.add(new FieldError("address", "Vui lòng nhập địa chỉ giao hàng.", "Enter a delivery address."));
            return errors;
        }
        if (blank(a.contactName()) || a.contactName().trim().length() > 120) {
            errors.add(new FieldError("contactName", "Vui lòng nhập họ tên người nhận (tối đa 120 ký tự).",
                    "Enter the recipient's name (at most 120 characters)."));
        }
        if (blank(a.email()) || !EMAIL.matcher(a.email().trim()).matches() || a.email().length() > 160) {
            errors.add(new FieldError("email", "Địa chỉ e-mail không hợp lệ.", "Invalid e-mail address."));
        }
        if (normalPhone(a.phone()) == null) {
            errors.add(new FieldError("phone", "Số điện thoại không hợp lệ.", "Invalid phone number."));
        }
        if (blank(a.provinceName())) {
            errors.add(new FieldError("province", "Vui lòng chọn tỉnh/thành phố.", "Choose a province or city."));
        }
        if (blank(a.communeName())) {
            errors.add(new FieldError("commune", "Vui lòng chọn hoặc nhập xã/phường.", "Choose or enter a commune or ward."));
        }
        if (blank(a.street()) || a.street().trim().length() < 5 || a.street().length() > 255) {
            errors.add(new FieldError("street", "Vui lòng nhập số nhà, đường, thôn/xóm (5–255 ký tự).",
                    "Enter the house number and street (5–255 characters)."));
        }
        if (request.note() != null && request.note().length() > 500) {
            errors.add(new FieldError("note", "Ghi chú tối đa 500 ký tự.", "The note takes at most 500 characters."));
        }
        return errors;
    }

    /** The phone as stored (0xxxxxxxxx), or null when it is not a Vietnamese number. */
    public String normalPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return digits.matches("0[35789]\\d{8}") ? digits : null;
    }

    public Fee fee(String fromProvince, String toProvince, int grams, long goodsVnd) {
        return new Fee(30_000, "Phí giao hàng", "Shipping");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
