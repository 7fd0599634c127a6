package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.notice.MailText;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invitations to the console: an admin invites an officer, an admin or a producer's user by e-mail;
 * the single-use link (72 hours) lets the invitee choose a name and password and signs them in.
 */
@Singleton
public class Invitations {

    public static final Duration VALIDITY = Duration.ofHours(72);
    public static final String PATH = "/admin/invitation/";

    /** An open invitation, as its invitee sees it. */
    @Introspected
    public record Invitation(long id, String email, Role role, @Nullable Long producerId, @Nullable String producerName,
                             Instant expiresAt) {
    }

    /** An invitation not yet accepted, revoked or expired, as the accounts screen lists it. */
    @Introspected
    public record Pending(long id, String email, Role role, @Nullable String producerName, String invitedBy,
                          Instant expiresAt) {
    }

    private final Accounts accounts;
    private final Producers producers;
    private final InvitationRepository invitations;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final Clock clock;
    private final UserRepository users;

    Invitations(Accounts accounts, Producers producers, InvitationRepository invitations, AccountMails mails,
                AuditTrail audit, Clock clock, UserRepository users) {
        this.users = users;
        this.accounts = accounts;
        this.producers = producers;
        this.invitations = invitations;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Invites someone (admins only); a producer user must name the producer it works for. */
    @Transactional
    public void invite(SignedInUser admin, String email, Role role, @Nullable Long producerId) {
        AccountAdministration.requireAdmin(admin);
        String normalized = AccountRules.normalize(email);
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkEmail(normalized, errors);
        Optional<Producer> producer = Optional.empty();
        if (role == null || role == Role.CONSUMER) {
            errors.add(FieldError.of("role", "account.invitation.roleRequired"));
        } else if (role == Role.PRODUCER) {
            producer = producerId == null ? Optional.empty() : producers.find(producerId);
            if (producer.isEmpty()) {
                errors.add(FieldError.of("producerId", "account.producer.required"));
            }
        }
        if (errors.isEmpty() && accounts.exists(normalized)) {
            errors.add(FieldError.of("email", "account.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Long producerKept = role == Role.PRODUCER ? producerId : null;
        long id = invitations.save(new InvitationRepository.InvitationRow(null, SecretTokens.hash(token), normalized, role,
                producerKept, admin.email(), now, now.plus(VALIDITY), null, null, null)).id();
        queueMail(admin, normalized, role, producer.map(Producer::name).orElse(null), token);
        audit.record(admin.email(), "ACCOUNT_INVITED", null, null,
                "invitation " + id + " " + normalized + " as " + role + (producerKept == null ? "" : " of producer " + producerKept));
    }

    private void queueMail(SignedInUser admin, String email, Role role, @Nullable String producerName, String token) {
        String as = switch (role) {
            case ADMIN, OFFICER -> Messages.text(Messages.VIETNAMESE, "account.mail.invitation.role." + role.name());
            default -> Messages.text(Messages.VIETNAMESE, "account.mail.invitation.role.producerUser", producerName == null
                    ? Messages.text(Messages.VIETNAMESE, "account.mail.invitation.role.anyProducer") : producerName);
        };
        mails.queue("INVITATION", email, MailText.subject("account.mail.invitation."),
                MailText.body("account.mail.invitation.", admin.displayName(), as, mails.link(PATH + token)));
    }

    /** One page of the invitations still open (not accepted, revoked or expired), those expiring first on top. */
    @Transactional(readOnly = true)
    public List<Pending> pending(SignedInUser admin, int offset, int limit) {
        AccountAdministration.requireAdmin(admin);
        return invitations.pending(clock.instant(), Math.max(0, offset), Math.max(0, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public int countPending(SignedInUser admin) {
        AccountAdministration.requireAdmin(admin);
        return invitations.countOpen(clock.instant());
    }

    /** Takes an open invitation back: its link stops working at once. */
    @Transactional
    public void revoke(SignedInUser admin, long invitationId) {
        AccountAdministration.requireAdmin(admin);
        Pending open = lockOpen(invitationId);
        invitations.revoke(invitationId, clock.instant());
        audit.record(admin.email(), "INVITATION_REVOKED", null, null, "invitation " + invitationId + " " + open.email());
    }

    /**
     * Sends an open invitation again with a new single-use link valid 72 hours from now. The token
     * hash is replaced, so the link sent before stops working.
     */
    @Transactional
    public void resend(SignedInUser admin, long invitationId) {
        AccountAdministration.requireAdmin(admin);
        Pending open = lockOpen(invitationId);
        // The address may have got an account since (a shopper registering): the link could never be accepted.
        if (accounts.exists(open.email())) {
            throw InvalidInputException.of("email", "account.invitation.emailTaken");
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        invitations.renew(invitationId, SecretTokens.hash(token), now.plus(VALIDITY));
        queueMail(admin, open.email(), open.role(), open.producerName(), token);
        audit.record(admin.email(), "INVITATION_RESENT", null, null, "invitation " + invitationId + " " + open.email());
    }

    private Pending lockOpen(long invitationId) {
        return invitations.lockOpen(invitationId, clock.instant())
                .orElseThrow(() -> InvalidInputException.of("invitation", "account.invitation.notPending"));
    }

    /** The invitation behind a link, while it is unused, not revoked, not replaced and not expired. */
    @Transactional(readOnly = true)
    public Optional<Invitation> find(String token) {
        return invitations.findOpen(SecretTokens.hash(token), clock.instant());
    }

    /** Accepts an invitation: creates the account with the invitee's name and password; the link is used up. */
    @Transactional
    public SignedInUser accept(String token, String displayName, String password, String repeated) {
        Optional<InvitationRepository.InvitationRow> open = invitations.lockOpenByToken(SecretTokens.hash(token),
                clock.instant());
        if (open.isEmpty()) {
            throw InvalidInputException.of("token", "account.invitation.expired");
        }
        InvitationRepository.InvitationRow invitation = open.get();
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkName(displayName, errors);
        AccountRules.checkPassword(password, invitation.email(), displayName, errors);
        if (password != null && !password.equals(repeated)) {
            errors.add(FieldError.of("confirm", "account.password.differ"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SignedInUser user = accounts.create(invitation.email(), password, displayName, invitation.role(),
                invitation.producerId());
        invitations.accept(invitation.id(), user.id(), clock.instant());
        if (invitations.countStaff(invitation.id()) > 0) {
            users.setStaff(user.id(), true, clock.instant());
        }
        audit.record(user.email(), "ACCOUNT_CREATED", null, null,
                "invitation " + invitation.id() + " accepted, user " + user.id() + " as " + user.role());
        return user;
    }

    /**
     * Issues a producer owner's invitation of staff (the caller, {@link ProducerTeam}, checks the owner,
     * the address and audits): accepting it creates a producer user of the same producer, as staff.
     */
    long inviteStaff(SignedInUser owner, String normalized, Producer producer) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        long id = invitations.save(new InvitationRepository.InvitationRow(null, SecretTokens.hash(token), normalized,
                Role.PRODUCER, producer.id(), owner.email(), now, now.plus(VALIDITY), null, null, null)).id();
        invitations.markStaff(id);
        queueMail(owner, normalized, Role.PRODUCER, producer.name(), token);
        return id;
    }
}
