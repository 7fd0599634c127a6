package vn.ocop.market.fair;

import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The terms an officer may give a voucher; every error at once, each a message code on its field. */
final class VoucherRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    private VoucherRules() {
    }

    static void check(FairVouchers.NewVoucher v) {
        List<FieldError> errors = new ArrayList<>();
        if (v.code() != null && !v.code().isBlank() && !CODE.matcher(FairVouchers.normalise(v.code())).matches()) {
            errors.add(FieldError.of("code", "fair.voucher.codeFormat"));
        }
        if (v.name() == null || v.name().isBlank() || v.name().trim().length() > 120) {
            errors.add(FieldError.of("name", "fair.voucher.nameRequired"));
        }
        if ((v.percentOff() == null) == (v.amountOffVnd() == null)) {
            errors.add(FieldError.of("percentOff", "fair.voucher.percentOrAmount"));
        } else if (v.percentOff() != null && (v.percentOff() < 1 || v.percentOff() > 100)) {
            errors.add(FieldError.of("percentOff", "fair.voucher.percentRange"));
        } else if (v.amountOffVnd() != null && (v.amountOffVnd() < 1 || v.amountOffVnd() > Vnd.MAX_PRICE)) {
            errors.add(FieldError.of("amountOffVnd", "fair.voucher.amountRange", Vnd.format(Vnd.MAX_PRICE)));
        }
        if (v.maxOffVnd() != null && (v.maxOffVnd() < 1 || v.maxOffVnd() > Vnd.MAX_PRICE)) {
            errors.add(FieldError.of("maxOffVnd", "fair.voucher.amountRange", Vnd.format(Vnd.MAX_PRICE)));
        }
        if (v.budgetVnd() < 1 || v.budgetVnd() > FairVouchers.MAX_BUDGET) {
            errors.add(FieldError.of("budgetVnd", "fair.voucher.budgetRange", Vnd.format(FairVouchers.MAX_BUDGET)));
        }
        if (v.perBuyerLimit() < 1 || v.perBuyerLimit() > 100) {
            errors.add(FieldError.of("perBuyerLimit", "fair.voucher.limitRange"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
