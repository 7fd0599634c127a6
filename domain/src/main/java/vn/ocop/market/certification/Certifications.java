package vn.ocop.market.certification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.TextLimits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records, replaces and revokes OCOP certificates. A recorded certificate becomes the product's
 * current one (the previous one stays in the history as replaced); every change is audited and
 * written to the outbox in the same transaction, so the product relists or delists everywhere.
 */
@Singleton
public class Certifications {

    private final CertificateRepository repository;
    private final CertificateRules rules;
    private final Products products;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    Certifications(CertificateRepository repository, CertificateRules rules, Products products, Outbox outbox,
                   AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Validates and records a decision; the product is relisted or delisted in the same transaction. */
    @Transactional
    public Certificate record(RecordCertificate command, String actor) {
        List<FieldError> errors = rules.validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return recordValid(command, actor, "RECORDED");
    }

    /** Throws the field errors of a command without recording it. */
    @Transactional(readOnly = true)
    public void check(RecordCertificate command) {
        List<FieldError> errors = rules.validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Records a command already validated in this transaction (used by the CSV import). */
    Certificate recordValid(RecordCertificate command, String actor, String action) {
        Product product = products.find(command.productId()).orElseThrow();
        int stars = Stars.fromScore(command.score());
        String number = command.certificateNumber() == null || command.certificateNumber().isBlank()
                ? generatedNumber(command, product)
                : command.certificateNumber().trim();
        Certificate saved = repository.save(new Certificate(null, product.id(), number, command.score(), stars,
                command.level(), command.decisionNumber().trim(), command.decisionDate(), command.issuedBy().trim(),
                Validity.end(command.decisionDate()), false, null, null, actor, clock.instant(), null, null, null, null));
        if (product.currentCertificateId() != null) {
            repository.markSuperseded(product.currentCertificateId(), saved.id());
            audit.record(actor, "REPLACED", product.currentCertificateId(), product.id(),
                    "Thay bằng " + number + " (" + stars + "★)");
        }
        products.attachCertificate(product.id(), saved.id());
        audit.record(actor, action, saved.id(), product.id(), command.decisionNumber().trim() + ", " + stars + "★, "
                + command.level() + ", " + command.issuedBy().trim());
        outbox.append("product", product.id(), "CertificateRecorded");
        return saved;
    }

    /** Revokes a certificate with a reason; the product leaves every sales channel. */
    @Transactional
    public Certificate revoke(long certificateId, String reason, String actor) {
        return revoke(certificateId, reason, null, actor);
    }

    /** Revokes a certificate with a reason and a reference (e.g. the inspection decision). */
    @Transactional
    public Certificate revoke(long certificateId, String reason, String reference, String actor) {
        Certificate certificate = repository.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("certificate " + certificateId));
        String ref = reference == null || reference.isBlank() ? null : reference.trim();
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "Vui lòng nhập lý do thu hồi.", "A reason is required."));
        } else {
            TextLimits.check(errors, "reason", reason.trim(), 500, "Lý do thu hồi", "The reason");
        }
        TextLimits.check(errors, "reference", ref, 120, "Căn cứ thu hồi", "The reference");
        if (certificate.revoked()) {
            errors.add(new FieldError("certificateId", "Giấy chứng nhận này đã bị thu hồi trước đó.",
                    "This certificate is already revoked."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Certificate revoked = repository.update(certificate.revoke(reason.trim(), ref, actor, clock.instant()));
        audit.record(actor, "REVOKED", certificate.id(), certificate.productId(),
                reason.trim() + (ref == null ? "" : " (" + ref + ")"));
        outbox.append("product", certificate.productId(), "CertificateRevoked");
        return revoked;
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> find(long id) {
        return repository.findById(id);
    }

    /** A product's certificates, newest first: its history. */
    @Transactional(readOnly = true)
    public List<Certificate> forProduct(long productId) {
        return repository.findByProductIdOrderByIdDesc(productId);
    }

    @Transactional(readOnly = true)
    public List<Certificate> all() {
        return repository.findAllOrderByIdDesc();
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
