package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.PhoneNumbers;
import vn.ocop.market.shared.Vnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a checkout form's contact and address against the current administrative units (34
 * provinces, former names understood; communes from the configured file, free text without it)
 * and prices each producer's shipment with {@link ShippingFees}.
 */
@Singleton
public class DeliveryRules {

    /** A shipping fee and the rule that set it, in Vietnamese as orders store it ({@link ShippingFees#inLanguage}). */
    public record Fee(long vnd, String rule) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AdminUnits units;
    private final ShippingFees fees;

    DeliveryRules(AdminUnits units, ShippingFees fees) {
        this.units = units;
        this.fees = fees;
    }

    /**
     * The request's address as it will be stored (current province name and code, the commune's
     * full name and code when known, phone as 0xxxxxxxxx), or every problem found at once.
     */
    public DeliveryAddress check(PlaceOrder request, boolean cardsEnabled) {
        List<FieldError> errors = new ArrayList<>();
        if (request.requestKey() == null || request.requestKey().length() < 16 || request.requestKey().length() > 64) {
            errors.add(FieldError.of("requestKey", "order.delivery.requestKeyInvalid"));
        }
        if (request.method() == null) {
            errors.add(FieldError.of("method", "order.delivery.methodRequired"));
        } else if (request.method() == PaymentMethod.STRIPE && !cardsEnabled) {
            errors.add(FieldError.of("method", "order.delivery.cardsDisabled"));
        }
        if (request.note() != null && request.note().length() > 500) {
            errors.add(FieldError.of("note", "order.delivery.noteTooLong"));
        }
        DeliveryAddress a = request.address();
        if (a == null) {
            errors.add(FieldError.of("address", "order.delivery.addressRequired"));
            throw new InvalidInputException(errors);
        }
        if (blank(a.contactName()) || a.contactName().trim().length() > 120) {
            errors.add(FieldError.of("contactName", "order.delivery.contactNameInvalid"));
        }
        if (blank(a.email()) || !EMAIL.matcher(a.email().trim()).matches() || a.email().trim().length() > 160) {
            errors.add(FieldError.of("email", "shared.email.invalid"));
        }
        PhoneNumbers.problem("phone", a.phone()).ifPresent(errors::add);
        if (blank(a.street()) || a.street().trim().length() < 5 || a.street().trim().length() > 255) {
            errors.add(FieldError.of("street", "order.delivery.streetInvalid"));
        }
        Optional<AdminProvince> province = !blank(a.provinceCode()) ? units.province(a.provinceCode().trim())
                : blank(a.provinceName()) ? Optional.empty() : units.provinceNamed(a.provinceName());
        String communeCode = null;
        String communeName = a.communeName() == null ? "" : a.communeName().trim();
        if (province.isEmpty()) {
            errors.add(FieldError.of("province", "order.delivery.provinceRequired"));
        } else if (units.available()) {
            Optional<Commune> commune = !blank(a.communeCode()) ? units.commune(a.communeCode().trim())
                    .filter(c -> c.provinceCode().equals(province.get().code()))
                    : units.communeNamed(province.get().code(), communeName);
            if (commune.isEmpty()) {
                errors.add(FieldError.of("commune", "order.delivery.communeNotInProvince",
                        Localized.pick(province.get().name(), province.get().nameEn())));
            } else {
                communeCode = commune.get().code();
                communeName = commune.get().fullName();
            }
        } else if (communeName.isEmpty() || communeName.length() > AdminUnits.FREE_TEXT_COMMUNE_MAX) {
            errors.add(FieldError.of("commune", "order.delivery.communeInvalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DeliveryAddress(a.contactName().trim(), PhoneNumbers.normalise(a.phone()).orElseThrow(),
                a.email().trim(), province.get().code(), province.get().name(), communeCode, communeName,
                a.street().trim());
    }

    /** The fee for one producer's shipment; before a province is chosen, none is counted yet. */
    public Fee fee(String fromProvince, @Nullable String toProvince, int grams, long goodsVnd) {
        if (toProvince == null || toProvince.isBlank()) {
            return new Fee(0, Messages.text(Messages.VIETNAMESE, "shipping.fee.pending"));
        }
        ShippingFee fee = fees.quote(fromProvince, toProvince, grams, Vnd.of(goodsVnd));
        return new Fee(fee.amount().amount(), fee.label());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
