package vn.ocop.market.certification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Messages;
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
    private final CertifiedProducts products;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    Certifications(CertificateRepository repository, CertificateRules rules, CertifiedProducts products,
                   Outbox outbox, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** What recording a decision did: a new certificate, or the current one when the same decision was already recorded. */
    public record Recorded(Certificate certificate, boolean alreadyRecorded) {
    }

    /** Validates and records a decision; the product is relisted or delisted in the same transaction. */
    @Transactional
    public Certificate record(RecordCertificate command, String actor) {
        return recordOnce(command, actor).certificate();
    }

    /**
     * Like {@link #record} but says whether the decision was already the product's current one:
     * then nothing is written and the existing certificate is answered.
     */
    @Transactional
    public Recorded recordOnce(RecordCertificate command, String actor) {
        if (command.productId() != null) {
            // Locked before anything is read: the transaction's snapshot then already holds the
            // decision a concurrent recorder committed (its certificate number included).
            products.lockCurrentCertificate(command.productId());
        }
        List<FieldError> errors = rules.validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return recordValid(command, actor, "RECORDED");
    }

    /** The product's current certificate when the command repeats its decision exactly; read without locking. */
    @Transactional(readOnly = true)
    public Optional<Certificate> sameAsCurrent(RecordCertificate command) {
        if (command.productId() == null) {
            return Optional.empty();
        }
        return products.certifiable(command.productId()).map(CertifiedProducts.Certifiable::currentCertificateId)
                .flatMap(repository::findById)
                .filter(current -> identical(current, command));
    }

    /** Throws the field errors of a command without recording it. */
    @Transactional(readOnly = true)
    public void check(RecordCertificate command) {
        List<FieldError> errors = rules.validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Records a command already validated in this transaction (used by the CSV import). The product
     * row is locked first, so two decisions for one product at the same moment are recorded one
     * after the other: the second replaces the first instead of both replacing the same certificate.
     */
    Recorded recordValid(RecordCertificate command, String actor, String action) {
        CertifiedProducts.Certifiable product = products.certifiable(command.productId()).orElseThrow();
        // A locking read sees the latest committed pointer, not this transaction's older snapshot.
        Long currentId = products.lockCurrentCertificate(product.id());
        if (currentId != null) {
            Optional<Certificate> current = repository.findById(currentId);
            if (current.isPresent() && identical(current.get(), command)) {
                return new Recorded(current.get(), true);
            }
        }
        int stars = Stars.fromScore(command.score());
        String number = command.certificateNumber() == null || command.certificateNumber().isBlank()
                ? generatedNumber(command, product)
                : command.certificateNumber().trim();
        Certificate saved = repository.save(new Certificate(null, product.id(), number, command.score(), stars,
                command.level(), command.decisionNumber().trim(), command.decisionDate(), command.issuedBy().trim(),
                Validity.end(command.decisionDate()), false, null, null, actor, clock.instant(), null, null, null, null));
        if (currentId != null) {
            if (repository.markSuperseded(currentId, saved.id()) != 1) {
                // Cannot happen while the product row is locked; refuse rather than fork the history.
                throw new IllegalStateException("Certificate " + currentId + " was replaced concurrently");
            }
            audit.record(actor, "REPLACED", currentId, product.id(),
                    Messages.text(Messages.VIETNAMESE, "certificate.audit.replaced", number, Integer.toString(stars)));
        }
        products.attachCertificate(product.id(), saved.id());
        audit.record(actor, action, saved.id(), product.id(), command.decisionNumber().trim() + ", " + stars + "★, "
                + command.level() + ", " + command.issuedBy().trim());
        outbox.append("product", product.id(), "CertificateRecorded");
        return new Recorded(saved, false);
    }

    /** Locks the products' rows, in id order so that two imports cannot deadlock; see {@link #recordOnce}. */
    void lockProducts(java.util.Collection<Long> productIds) {
        productIds.stream().filter(java.util.Objects::nonNull).distinct().sorted().forEach(products::lockCurrentCertificate);
    }

    /** The same council decision: product, decision number, date, score, level and issuer (case and spacing aside). */
    static boolean identical(Certificate current, RecordCertificate command) {
        return !current.revoked() && current.supersededBy() == null
                && command.productId() != null && current.productId() == command.productId()
                && command.score() != null && current.score() == command.score()
                && current.councilLevel() == command.level()
                && current.decisionDate().equals(command.decisionDate())
                && same(current.decisionNumber(), command.decisionNumber())
                && same(current.issuedBy(), command.issuedBy())
                && (command.certificateNumber() == null || command.certificateNumber().isBlank()
                    || same(current.certificateNumber(), command.certificateNumber()));
    }

    private static boolean same(String a, String b) {
        return b != null && a.trim().replaceAll("\\s+", " ").equalsIgnoreCase(b.trim().replaceAll("\\s+", " "));
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
            errors.add(FieldError.of("reason", "certification.revoke.reasonRequired"));
        } else {
            TextLimits.check(errors, "reason", reason.trim(), 500, Localized.key("certification.limit.reason"));
        }
        TextLimits.check(errors, "reference", ref, 120, Localized.key("certification.limit.reference"));
        if (certificate.revoked()) {
            errors.add(FieldError.of("certificateId", "certification.revoke.alreadyRevoked"));
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

    private String generatedNumber(RecordCertificate command, CertifiedProducts.Certifiable product) {
        String base = "OCOP-" + command.decisionDate().getYear() + "-" + product.code();
        String number = base;
        for (int i = 2; repository.existsByCertificateNumber(number); i++) {
            number = base + "-" + i;
        }
        return number;
    }
}
