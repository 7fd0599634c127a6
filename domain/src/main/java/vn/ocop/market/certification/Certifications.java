package vn.ocop.market.certification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records and revokes OCOP certificates; a recorded certificate becomes the product's current one. */
@Singleton
public class Certifications {

    /** Since the 2025 reform there are no district councils. */
    static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    private final CertificateRepository repository;
    private final Products products;
    private final Outbox outbox;
    private final Clock clock;

    Certifications(CertificateRepository repository, Products products, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.products = products;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Validates and records a decision; the product is relisted or delisted in the same transaction. */
    @Transactional
    public Certificate record(RecordCertificate command, String actor) {
        List<FieldError> errors = validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Product product = products.find(command.productId()).orElseThrow();
        int stars = Stars.fromScore(command.score());
        String number = command.certificateNumber() == null || command.certificateNumber().isBlank()
                ? generatedNumber(command, product)
                : command.certificateNumber().trim();
        Certificate saved = repository.save(new Certificate(null, product.id(), number, command.score(), stars,
                command.level(), command.decisionNumber().trim(), command.decisionDate(), command.issuedBy().trim(),
                Validity.end(command.decisionDate()), false, null, null, actor, clock.instant()));
        products.attachCertificate(product.id(), saved.id());
        outbox.append("product", product.id(), "CertificateRecorded");
        return saved;
    }

    /** Revokes a certificate with a reason; the product leaves every sales channel. */
    @Transactional
    public Certificate revoke(long certificateId, String reason, String actor) {
        Certificate certificate = repository.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("certificate " + certificateId));
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Vui lòng nhập lý do thu hồi.", "A reason is required.");
        }
        if (certificate.revoked()) {
            return certificate;
        }
        Certificate revoked = repository.update(new Certificate(certificate.id(), certificate.productId(),
                certificate.certificateNumber(), certificate.score(), certificate.stars(), certificate.councilLevel(),
                certificate.decisionNumber(), certificate.decisionDate(), certificate.issuedBy(),
                certificate.validUntil(), true, reason.trim(), clock.instant(), certificate.recordedBy(),
                certificate.createdAt()));
        outbox.append("product", certificate.productId(), "CertificateRevoked");
        return revoked;
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Certificate> forProduct(long productId) {
        return repository.findByProductIdOrderByIdDesc(productId);
    }

    @Transactional(readOnly = true)
    public List<Certificate> all() {
        return repository.findAllOrderByIdDesc();
    }

    private List<FieldError> validate(RecordCertificate c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.productId() == null || products.find(c.productId()).isEmpty()) {
            errors.add(new FieldError("productId", "Không tìm thấy sản phẩm.", "Product not found."));
        }
        if (c.score() == null) {
            errors.add(new FieldError("score", "Vui lòng nhập điểm đánh giá (0–100).", "Score is required (0-100)."));
        } else if (c.score() < 0 || c.score() > 100) {
            errors.add(new FieldError("score", "Điểm phải nằm trong khoảng 0–100.", "Score must be between 0 and 100."));
        }
        if (c.level() == null) {
            errors.add(new FieldError("level", "Vui lòng chọn cấp hội đồng.", "Council level is required."));
        }
        if (c.decisionNumber() == null || c.decisionNumber().isBlank()) {
            errors.add(new FieldError("decisionNumber", "Vui lòng nhập số quyết định.", "Decision number is required."));
        }
        if (c.issuedBy() == null || c.issuedBy().isBlank()) {
            errors.add(new FieldError("issuedBy", "Vui lòng nhập cơ quan ban hành.", "Issuing authority is required."));
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        if (c.decisionDate() == null) {
            errors.add(new FieldError("decisionDate", "Vui lòng nhập ngày quyết định.", "Decision date is required."));
        } else if (c.decisionDate().isAfter(today)) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định không được ở tương lai.",
                    "The decision date cannot be in the future."));
        }
        if (c.score() != null && c.score() >= 0 && c.score() <= 100 && c.level() != null) {
            int stars = Stars.fromScore(c.score());
            if (stars == 5 && c.level() != CouncilLevel.NATIONAL) {
                errors.add(new FieldError("level", "Sản phẩm 5 sao phải do Hội đồng cấp trung ương công nhận.",
                        "A 5-star rank must be recognised by the national council."));
            }
        }
        if (c.level() == CouncilLevel.DISTRICT && c.decisionDate() != null
                && !c.decisionDate().isBefore(DISTRICTS_ABOLISHED)) {
            errors.add(new FieldError("level", "Từ 01/07/2025 không còn hội đồng cấp huyện.",
                    "District councils no longer exist from 1 July 2025."));
        }
        if (c.certificateNumber() != null && !c.certificateNumber().isBlank()
                && repository.existsByCertificateNumber(c.certificateNumber().trim())) {
            errors.add(new FieldError("certificateNumber", "Số giấy chứng nhận đã tồn tại.",
                    "This certificate number already exists."));
        }
        return errors;
    }

    private String generatedNumber(RecordCertificate command, Product product) {
        String base = "OCOP-" + command.decisionDate().getYear() + "-" + product.code();
        String number = base;
        for (int i = 2; repository.existsByCertificateNumber(number); i++) {
            number = base + "-" + i;
        }
        return number;
    }
}
