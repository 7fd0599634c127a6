package vn.ocop.market.certification;

import jakarta.inject.Singleton;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.TextLimits;
import vn.ocop.market.shared.VietnameseDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a council decision must pass before it is recorded (148/QĐ-TTg and the 2025 reform). */
@Singleton
class CertificateRules {

    /** Since the 2025 reform there are no district councils. */
    static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    /**
     * The OCOP programme's start (Decision 490/QĐ-TTg of 07/05/2018; the first councils sat in 2018):
     * an earlier decision is a typing error, and recording it would take the product off sale at once
     * (its validity would have ended years ago) without anyone noticing.
     */
    public static final LocalDate PROGRAMME_START = LocalDate.of(2018, 1, 1);

    private final CertificateRepository repository;
    private final CertifiedProducts products;
    private final Clock clock;

    CertificateRules(CertificateRepository repository, CertifiedProducts products, Clock clock) {
        this.repository = repository;
        this.products = products;
        this.clock = clock;
    }

    List<FieldError> validate(RecordCertificate c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.productId() == null || products.certifiable(c.productId()).isEmpty()) {
            errors.add(FieldError.of("productId", "certification.rules.productNotFound"));
        }
        boolean scoreOk = false;
        if (c.score() == null) {
            errors.add(FieldError.of("score", "certification.rules.scoreRequired"));
        } else if (c.score() < 0 || c.score() > 100) {
            errors.add(FieldError.of("score", "certification.rules.scoreOutOfRange"));
        } else {
            scoreOk = true;
        }
        if (c.level() == null) {
            errors.add(FieldError.of("level", "certification.rules.levelRequired"));
        }
        if (c.decisionNumber() == null || c.decisionNumber().isBlank()) {
            errors.add(FieldError.of("decisionNumber", "certification.rules.decisionNumberRequired"));
        } else {
            TextLimits.check(errors, "decisionNumber", c.decisionNumber().trim(), 60,
                    Localized.key("certification.limit.decisionNumber"));
        }
        if (c.issuedBy() == null || c.issuedBy().isBlank()) {
            errors.add(FieldError.of("issuedBy", "certification.rules.issuedByRequired"));
        } else {
            TextLimits.check(errors, "issuedBy", c.issuedBy().trim(), 200, Localized.key("certification.limit.issuedBy"));
        }
        LocalDate today = VietnameseDates.today(clock);
        if (c.decisionDate() == null) {
            errors.add(FieldError.of("decisionDate", "certification.rules.decisionDateRequired"));
        } else if (c.decisionDate().isAfter(today)) {
            errors.add(FieldError.of("decisionDate", "certification.rules.decisionDateInFuture"));
        } else if (c.decisionDate().isBefore(PROGRAMME_START)) {
            errors.add(FieldError.of("decisionDate", "certification.rules.decisionDateBeforeProgramme"));
        }
        if (scoreOk && c.level() != null) {
            errors.addAll(levelErrors(Stars.fromScore(c.score()), c.level(), c.decisionDate()));
        }
        String number = c.certificateNumber() == null ? "" : c.certificateNumber().trim();
        if (TextLimits.length(number) > 60) {
            TextLimits.check(errors, "certificateNumber", number, 60, Localized.key("certification.limit.certificateNumber"));
        } else if (!number.isEmpty() && repository.existsByCertificateNumber(number)) {
            errors.add(FieldError.of("certificateNumber", "certification.rules.numberTaken"));
        }
        return errors;
    }

    /** 5★ only nationally; 3★/4★ provincially, or by a district before 1 July 2025. */
    static List<FieldError> levelErrors(int stars, CouncilLevel level, LocalDate decided) {
        List<FieldError> errors = new ArrayList<>();
        if (stars == 5 && level != CouncilLevel.NATIONAL) {
            errors.add(FieldError.of("level", "certification.rules.fiveStarsNational"));
        } else if (stars >= 3 && stars <= 4 && level == CouncilLevel.NATIONAL) {
            errors.add(FieldError.of("level", "certification.rules.threeFourStarsProvincial"));
        }
        if (level == CouncilLevel.DISTRICT && decided != null && !decided.isBefore(DISTRICTS_ABOLISHED)) {
            errors.add(FieldError.of("level", "certification.rules.districtAbolished"));
        } else if (level == CouncilLevel.DISTRICT && stars > 3) {
            errors.add(FieldError.of("level", "certification.rules.districtThreeStarsOnly"));
        }
        return errors;
    }
}
