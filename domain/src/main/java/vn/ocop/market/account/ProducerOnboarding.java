package vn.ocop.market.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.notice.MailText;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerApplication;
import vn.ocop.market.producer.ProducerStatus;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A producer joins by itself: it applies with its business data and its owner's account (the contact
 * person, the e-mail and a password); the account waits for its e-mail to be confirmed, the producer
 * for an officer, who checks it against the certificate registry and approves or rejects it with a
 * reason. Until approved, the owner can sign in to the console but not list products.
 */
@Singleton
public class ProducerOnboarding {

    private final Producers producers;
    private final UserRepository users;
    private final PasswordResetRepository resets;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final Clock clock;

    ProducerOnboarding(Producers producers, UserRepository users, PasswordResetRepository resets, AccountMails mails,
                       AuditTrail audit, Clock clock) {
        this.producers = producers;
        this.users = users;
        this.resets = resets;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves an application (PENDING) with its owner's account (PENDING until the e-mailed link is
     * opened). As with a shopper's registration the answer does not tell whether the e-mail already has
     * an account: then nothing is saved and its owner gets an e-mail saying someone tried.
     */
    @Transactional
    public void apply(ProducerApplication application, String password, String repeated) {
        String normalized = AccountRules.normalize(application.email());
        List<FieldError> errors = new ArrayList<>(producers.problems(application));
        if (errors.stream().noneMatch(e -> e.field().equals("email"))) {
            AccountRules.checkEmail(normalized, errors);
        }
        List<FieldError> name = new ArrayList<>();
        AccountRules.checkName(application.contactName(), name);
        if (errors.stream().noneMatch(e -> e.field().equals("contactName"))) {
            name.forEach(e -> errors.add(FieldError.of("contactName", e.code(), e.args().toArray())));
        }
        AccountRules.checkPassword(password, normalized, application.contactName(), errors);
        if (password != null && !password.equals(repeated)) {
            errors.add(FieldError.of("confirm", "account.password.differ"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (users.existsByEmail(normalized)) {
            mails.queue("REGISTER_TAKEN", normalized, MailText.subject("account.mail.registerTaken."),
                    MailText.body("account.mail.registerTaken.", normalized, mails.link("/admin/login"),
                            mails.link("/admin/forgot-password")));
            return;
        }
        Producer producer = producers.apply(application);
        String displayName = application.contactName().strip();
        User owner = users.save(new User(null, normalized, PasswordHashing.hash(password), displayName, Role.PRODUCER,
                producer.id(), clock.instant(), AccountState.PENDING, 0, clock.instant()));
        String token = SecretTokens.newToken();
        resets.issue(owner.id(), "CONFIRM", SecretTokens.hash(token), clock.instant(),
                clock.instant().plus(Accounts.CONFIRMATION_VALIDITY));
        mails.queue("PRODUCER_CONFIRM", normalized, MailText.subject("account.mail.producerConfirm."),
                MailText.body("account.mail.producerConfirm.", displayName, producer.name(),
                        mails.link("/xac-nhan/" + token), mails.link("/admin/login")));
        audit.record(normalized, "PRODUCER_APPLIED", null, null, "producer " + producer.id() + " " + producer.name()
                + " (" + producer.registrationNumber() + "), owner user " + owner.id());
    }

    /** Approves a waiting application (officers only): the producer may list products; its owners are told. */
    @Transactional
    public void approve(SignedInUser officer, long producerId) {
        decide(officer, producerId, ProducerStatus.APPROVED, null);
    }

    /** Rejects a waiting application with a reason the producer reads (officers only); its owners are told. */
    @Transactional
    public void reject(SignedInUser officer, long producerId, String reason) {
        decide(officer, producerId, ProducerStatus.REJECTED, reason);
    }

    private void decide(SignedInUser officer, long producerId, ProducerStatus decision, String reason) {
        if (officer == null || officer.role() != Role.OFFICER) {
            throw new SecurityException("Only an officer may decide on a producer's application");
        }
        Producer producer = producers.decide(producerId, decision, reason, officer.email(), clock.instant());
        boolean approved = decision == ProducerStatus.APPROVED;
        audit.record(officer.email(), approved ? "PRODUCER_APPROVED" : "PRODUCER_REJECTED", null, null,
                "producer " + producerId + " " + producer.name() + (approved ? "" : ": " + reason.strip()));
        Set<String> to = new LinkedHashSet<>(users.ownerEmails(producerId));
        if (producer.email() != null) {
            to.add(producer.email());
        }
        for (String address : to) {
            if (approved) {
                mails.queue("PRODUCER_APPROVED", address, MailText.subject("account.mail.producerApproved."),
                        MailText.body("account.mail.producerApproved.", producer.name(), mails.link("/admin/login")));
            } else {
                mails.queue("PRODUCER_REJECTED", address, MailText.subject("account.mail.producerRejected."),
                        MailText.body("account.mail.producerRejected.", producer.name(), reason.strip()));
            }
        }
    }
}
