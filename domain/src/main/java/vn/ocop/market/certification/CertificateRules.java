package vn.ocop.market.certification;

import jakarta.inject.Singleton;
import vn.ocop.market.shared.FieldError;
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
            errors.add(new FieldError("productId", "Không tìm thấy sản phẩm.", "Product not found."));
        }
        boolean scoreOk = false;
        if (c.score() == null) {
            errors.add(new FieldError("score", "Vui lòng nhập điểm đánh giá (0–100).", "Score is required (0-100)."));
        } else if (c.score() < 0 || c.score() > 100) {
            errors.add(new FieldError("score", "Điểm phải nằm trong khoảng 0–100.", "Score must be between 0 and 100."));
        } else {
            scoreOk = true;
        }
        if (c.level() == null) {
            errors.add(new FieldError("level", "Vui lòng chọn cấp hội đồng.", "Council level is required."));
        }
        if (c.decisionNumber() == null || c.decisionNumber().isBlank()) {
            errors.add(new FieldError("decisionNumber", "Vui lòng nhập số quyết định.", "Decision number is required."));
        } else {
            TextLimits.check(errors, "decisionNumber", c.decisionNumber().trim(), 60, "Số quyết định", "The decision number");
        }
        if (c.issuedBy() == null || c.issuedBy().isBlank()) {
            errors.add(new FieldError("issuedBy", "Vui lòng nhập cơ quan ban hành.", "Issuing authority is required."));
        } else {
            TextLimits.check(errors, "issuedBy", c.issuedBy().trim(), 200, "Cơ quan ban hành", "The issuing authority");
        }
        LocalDate today = VietnameseDates.today(clock);
        if (c.decisionDate() == null) {
            errors.add(new FieldError("decisionDate", "Vui lòng nhập ngày quyết định.", "Decision date is required."));
        } else if (c.decisionDate().isAfter(today)) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định không được ở tương lai.",
                    "The decision date cannot be in the future."));
        } else if (c.decisionDate().isBefore(PROGRAMME_START)) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định không được trước 01/01/2018, năm bắt đầu Chương trình OCOP.",
                    "The decision date cannot be before 01/01/2018, when the OCOP programme started."));
        }
        if (scoreOk && c.level() != null) {
            errors.addAll(levelErrors(Stars.fromScore(c.score()), c.level(), c.decisionDate()));
        }
        String number = c.certificateNumber() == null ? "" : c.certificateNumber().trim();
        if (TextLimits.length(number) > 60) {
            TextLimits.check(errors, "certificateNumber", number, 60, "Số giấy chứng nhận", "The certificate number");
        } else if (!number.isEmpty() && repository.existsByCertificateNumber(number)) {
            errors.add(new FieldError("certificateNumber", "Số giấy chứng nhận đã tồn tại.",
                    "This certificate number already exists."));
        }
        return errors;
    }

    /** 5★ only nationally; 3★/4★ provincially, or by a district before 1 July 2025. */
    static List<FieldError> levelErrors(int stars, CouncilLevel level, LocalDate decided) {
        List<FieldError> errors = new ArrayList<>();
        if (stars == 5 && level != CouncilLevel.NATIONAL) {
            errors.add(new FieldError("level", "Sản phẩm 5 sao phải do Hội đồng cấp trung ương công nhận.",
                    "A 5-star rank must be recognised by the national council."));
        } else if (stars >= 3 && stars <= 4 && level == CouncilLevel.NATIONAL) {
            errors.add(new FieldError("level", "Sản phẩm 3–4 sao do Hội đồng cấp tỉnh công nhận.",
                    "3- and 4-star ranks are recognised by the provincial council."));
        }
        if (level == CouncilLevel.DISTRICT && decided != null && !decided.isBefore(DISTRICTS_ABOLISHED)) {
            errors.add(new FieldError("level", "Từ 01/07/2025 không còn hội đồng cấp huyện.",
                    "District councils no longer exist from 1 July 2025."));
        } else if (level == CouncilLevel.DISTRICT && stars > 3) {
            errors.add(new FieldError("level", "Hội đồng cấp huyện chỉ công nhận sản phẩm 3 sao.",
                    "A district council recognised 3-star ranks only."));
        }
        return errors;
    }
}
