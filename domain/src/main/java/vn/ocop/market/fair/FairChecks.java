package vn.ocop.market.fair;

import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a fair, a zone, a booth category and a booth's place keep, as field errors. */
final class FairChecks {

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final Pattern BOOTH_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,11}");

    private FairChecks() {
    }

    static List<FieldError> fair(FairDraft d, AdminUnits units) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", d.name(), true, 200);
        text(errors, "nameEn", d.nameEn(), false, 200);
        text(errors, "theme", d.theme(), false, 1000);
        text(errors, "venue", d.venue(), true, 200);
        text(errors, "address", d.address(), false, 255);
        text(errors, "openingHours", d.openingHours(), false, 120);
        if (d.provinceCode() == null || d.provinceCode().isBlank()) {
            errors.add(FieldError.of("province", "region.province.required"));
        } else if (units.province(d.provinceCode()).isEmpty()) {
            errors.add(FieldError.of("province", "region.province.unknownCode", d.provinceCode()));
        } else if (d.communeCode() != null && !d.communeCode().isBlank()) {
            units.validate(d.provinceCode(), d.communeCode()).stream()
                    .filter(e -> e.field().equals(AdminUnits.COMMUNE_FIELD)).forEach(errors::add);
        }
        if (d.startsOn() == null) {
            errors.add(FieldError.of("startsOn", "fair.startsOn.required"));
        }
        if (d.endsOn() == null) {
            errors.add(FieldError.of("endsOn", "fair.endsOn.required"));
        }
        if (d.applicationDeadline() == null) {
            errors.add(FieldError.of("applicationDeadline", "fair.deadline.required"));
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            errors.add(FieldError.of("endsOn", "fair.endsOn.beforeStart"));
        }
        if (d.applicationDeadline() != null && d.endsOn() != null && d.applicationDeadline().isAfter(d.endsOn())) {
            errors.add(FieldError.of("applicationDeadline", "fair.deadline.afterEnd"));
        }
        if (d.planColumns() < 1 || d.planColumns() > FairDraft.PLAN_MAX) {
            errors.add(FieldError.of("planColumns", "fair.plan.size", FairDraft.PLAN_MAX));
        }
        if (d.planRows() < 1 || d.planRows() > FairDraft.PLAN_MAX) {
            errors.add(FieldError.of("planRows", "fair.plan.size", FairDraft.PLAN_MAX));
        }
        return errors;
    }

    static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "fair.field.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "fair.field.tooLong", max));
        }
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
