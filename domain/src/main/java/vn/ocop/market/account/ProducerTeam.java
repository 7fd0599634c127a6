package vn.ocop.market.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A producer's own team: its owners invite staff by e-mail (the invitation creates a producer user of
 * the same producer), take invitations back, disable and enable members and make them owners or
 * staff. Staff cannot manage the team, and the producer always keeps an active owner. The producer
 * is always the signed-in owner's own; every change is audited, every refusal too.
 */
@Singleton
public class ProducerTeam {

    /** One of the producer's users. */
    @Introspected
    public record Member(long id, String email, String displayName, AccountState state,
                         @MappedProperty(type = DataType.BOOLEAN) boolean producerStaff, Instant createdAt) {

        public boolean owner() {
            return !producerStaff;
        }
    }

    private final UserRepository users;
    private final InvitationRepository invitationRows;
    private final Invitations invitations;
    private final Producers producers;
    private final TeamRefusals refusals;
    private final AuditTrail audit;
    private final Clock clock;

    ProducerTeam(UserRepository users, InvitationRepository invitationRows, Invitations invitations, Producers producers,
                 TeamRefusals refusals, AuditTrail audit, Clock clock) {
        this.users = users;
        this.invitationRows = invitationRows;
        this.invitations = invitations;
        this.producers = producers;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user is an active owner of its producer (and so may manage the team). */
    @Transactional(readOnly = true)
    public boolean isOwner(SignedInUser user) {
        return user != null && user.role() == Role.PRODUCER && user.producerId() != null
                && users.member(user.producerId(), user.id())
                        .filter(m -> m.owner() && m.state() == AccountState.ACTIVE).isPresent();
    }

    /** The producer's users, owners first. */
    @Transactional(readOnly = true)
    public List<Member> members(SignedInUser owner) {
        long producerId = requireOwner(owner, "team list");
        return users.team(producerId);
    }

    /** The producer's staff invitations still open, those expiring first on top. */
    @Transactional(readOnly = true)
    public List<Invitations.Pending> pendingInvitations(SignedInUser owner) {
        long producerId = requireOwner(owner, "team invitations");
        return invitationRows.pendingStaff(producerId, clock.instant());
    }

    /** Invites a staff member by e-mail; the single-use link is valid 72 hours. */
    @Transactional
    public void invite(SignedInUser owner, String email) {
        long producerId = requireOwner(owner, "invite staff");
        String normalized = AccountRules.normalize(email);
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkEmail(normalized, errors);
        if (errors.isEmpty() && users.existsByEmail(normalized)) {
            errors.add(FieldError.of("email", "account.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Producer producer = producers.find(producerId).orElseThrow();
        long id = invitations.inviteStaff(owner, normalized, producer);
        audit.record(owner.email(), "STAFF_INVITED", null, null,
                "invitation " + id + " " + normalized + " as staff of producer " + producerId);
    }

    /** Takes a staff invitation of the owner's producer back: its link stops working at once. */
    @Transactional
    public void revoke(SignedInUser owner, long invitationId) {
        long producerId = requireOwner(owner, "revoke invitation " + invitationId);
        Invitations.Pending open = invitationRows.lockOpenStaff(invitationId, producerId, clock.instant())
                .orElseThrow(() -> InvalidInputException.of("invitation", "account.invitation.notPending"));
        invitationRows.revoke(invitationId, clock.instant());
        audit.record(owner.email(), "INVITATION_REVOKED", null, null, "invitation " + invitationId + " " + open.email());
    }

    /**
     * Disables or enables a member of the owner's producer. A disabled member cannot sign in and its
     * sessions end; the last active owner cannot be disabled.
     */
    @Transactional
    public void setState(SignedInUser owner, long memberId, AccountState state) {
        long producerId = requireOwner(owner, "set state of user " + memberId);
        if (state == null || state == AccountState.PENDING) {
            throw InvalidInputException.of("state", "account.admin.stateUnknown");
        }
        users.lockTeam(producerId);
        Member member = users.member(producerId, memberId)
                .orElseThrow(() -> InvalidInputException.of("userId", "account.team.notMember"));
        if (member.state() == state) {
            return;
        }
        if (state == AccountState.DISABLED && member.owner() && users.otherActiveOwners(producerId, memberId) == 0) {
            throw InvalidInputException.of("userId", "account.team.lastOwner");
        }
        users.setState(memberId, state, clock.instant());
        audit.record(owner.email(), state == AccountState.DISABLED ? "STAFF_DISABLED" : "STAFF_ENABLED", null, null,
                "user " + memberId + " " + member.email() + " of producer " + producerId);
    }

    /** Makes a member an owner, or an owner staff; the last active owner stays an owner. */
    @Transactional
    public void setOwner(SignedInUser owner, long memberId, boolean makeOwner) {
        long producerId = requireOwner(owner, "change team role of user " + memberId);
        users.lockTeam(producerId);
        Member member = users.member(producerId, memberId)
                .orElseThrow(() -> InvalidInputException.of("userId", "account.team.notMember"));
        if (member.owner() == makeOwner) {
            return;
        }
        if (!makeOwner && users.otherActiveOwners(producerId, memberId) == 0) {
            throw InvalidInputException.of("userId", "account.team.lastOwner");
        }
        users.setStaff(memberId, !makeOwner, clock.instant());
        audit.record(owner.email(), "TEAM_ROLE_CHANGED", null, null, "user " + memberId + " " + member.email()
                + " of producer " + producerId + ": " + (makeOwner ? "staff → owner" : "owner → staff"));
    }

    /** The owner's producer; a user who is not one of its active owners is refused, and the refusal audited. */
    private long requireOwner(SignedInUser user, String attempted) {
        if (!isOwner(user)) {
            refusals.record(user, attempted);
            throw new SecurityException("Only a producer's owner may manage its team");
        }
        return user.producerId();
    }
}
