package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Base32;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.Constraints;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.PhoneNumbers;
import vn.ocop.market.shared.VietnameseDates;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Visitors of a fair: registration (with consent) gives a badge whose code is unguessable (80 random
 * bits, 16 letters and digits, typeable at the gate); check-in happens once, by a conditional
 * update, so a badge scanned twice is told when it was first checked in and counted once.
 */
@Singleton
public class Visitors {

    /** What a visitor fills in; the province is a code of the region feature with its name. */
    public record Registration(String name, @Nullable String phone, @Nullable String email, String provinceCode,
                               String provinceName, VisitorInterest interest, boolean consent) {
    }

    /** A badge as its holder and the gate see it. */
    public record Badge(long visitorId, long fairId, String code, String name, String provinceName,
                        VisitorInterest interest, @Nullable Instant checkedInAt, String fairName, String fairSlug,
                        String fairDays, String venue, @Nullable String phone, @Nullable String email) {

        /** The code in groups of four, as printed. */
        public String printed() {
            return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
        }
    }

    /** A gate scan: the badge, and whether this scan checked it in (false: it already was). */
    public record CheckIn(Badge badge, boolean first, Instant checkedInAt) {
    }

    /** A fair open for registration: its name, days and venue. */
    public record OpenFair(long id, String name, String days, String venue) {
    }

    /** How many registered and how many came in. */
    public record Counts(long registered, long checkedIn) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final VisitorRepository visitors;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    Visitors(VisitorRepository visitors, TransactionOperations<Connection> tx, Clock clock) {
        this.visitors = visitors;
        this.tx = tx;
        this.clock = clock;
    }

    /** Registers a visitor of a published fair that is not over; refuses a contact already registered. */
    public Badge register(long fairId, Registration r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().trim().length() > 120) {
            errors.add(FieldError.of("name", "fair.visitor.nameRequired"));
        }
        String phone = blank(r.phone()) ? null : PhoneNumbers.normalise(r.phone()).orElse(null);
        if (!blank(r.phone()) && phone == null) {
            errors.add(PhoneNumbers.problem("phone", r.phone()).orElseThrow());
        }
        String email = blank(r.email()) ? null : r.email().trim().toLowerCase(Locale.ROOT);
        if (email != null && (email.length() > 160 || !EMAIL.matcher(email).matches())) {
            errors.add(FieldError.of("email", "fair.visitor.emailInvalid"));
        }
        if (blank(r.phone()) && blank(r.email())) {
            errors.add(FieldError.of("phone", "fair.visitor.contactRequired"));
        }
        if (blank(r.provinceCode()) || blank(r.provinceName())) {
            errors.add(FieldError.of("province", "fair.visitor.provinceRequired"));
        }
        if (r.interest() == null) {
            errors.add(FieldError.of("interest", "fair.visitor.interestRequired"));
        }
        if (!r.consent()) {
            errors.add(FieldError.of("consent", "fair.visitor.consentRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        VisitorRepository.FairTerms fair = visitors.fair(fairId).filter(f -> "PUBLISHED".equals(f.status()))
                .orElseThrow(() -> new NotFoundException("No fair " + fairId));
        if (VietnameseDates.today(clock).isAfter(fair.endsOn())) {
            throw InvalidInputException.of("fair", "fair.visitor.fairOver", fair.name());
        }
        String code = newCode();
        try {
            tx.executeWrite(s -> visitors.save(new VisitorRepository.Visitor(null, fairId, code, r.name().trim(), phone,
                    email, r.provinceCode(), r.provinceName(), r.interest(), now, now, null, null)));
        } catch (RuntimeException e) {
            if (Constraints.violates(e, "uq_fair_visitor_phone") || Constraints.violates(e, "uq_fair_visitor_email")) {
                throw InvalidInputException.of(Constraints.violates(e, "uq_fair_visitor_phone") ? "phone" : "email",
                        "fair.visitor.alreadyRegistered", fair.name());
            }
            throw e;
        }
        return badge(code).orElseThrow();
    }

    /** The published fair with this slug, while it takes registrations (until its last day). */
    public Optional<OpenFair> openFair(String slug) {
        return tx.executeRead(s -> visitors.fairBySlug(slug))
                .filter(f -> !VietnameseDates.today(clock).isAfter(f.endsOn()))
                .map(f -> new OpenFair(f.id(), f.name(), VietnameseDates.day(f.startsOn()) + " – "
                        + VietnameseDates.day(f.endsOn()), f.venue()));
    }

    /** The badge with this code (typed with or without dashes, in any case). */
    public Optional<Badge> badge(String typed) {
        String code = normalise(typed);
        return code.length() != 16 ? Optional.empty() : tx.executeRead(s -> visitors.badge(code)).map(Visitors::view);
    }

    /** Checks a badge in at the gate (officers and admins); a second scan changes nothing. */
    public CheckIn checkIn(SignedInUser officer, String typed) {
        if (!officer.hasRole(Role.OFFICER, Role.ADMIN)) {
            throw new NotFoundException("No check-in for this account");
        }
        String code = normalise(typed);
        Instant now = clock.instant();
        if (code.length() != 16) {
            throw InvalidInputException.of("code", "fair.checkin.unknownBadge");
        }
        int changed = tx.executeWrite(s -> visitors.checkIn(code, now, officer.id()));
        Badge badge = badge(code).orElseThrow(() -> InvalidInputException.of("code", "fair.checkin.unknownBadge"));
        return new CheckIn(badge, changed == 1, badge.checkedInAt());
    }

    /** Registered and checked-in visitors of a fair. */
    public Counts counts(long fairId) {
        VisitorRepository.Counts c = tx.executeRead(s -> visitors.counts(fairId));
        return new Counts(c.registered(), c.checkedIn());
    }

    /** Letters and digits only, upper case (dashes and spaces of a typed code dropped). */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        // A scanned badge may carry the whole badge URL: the code is its last 16 characters.
        return code.length() > 16 && typed.contains("/") ? code.substring(code.length() - 16) : code;
    }

    static String newCode() {
        byte[] raw = new byte[10];
        RANDOM.nextBytes(raw);
        return Base32.encode(raw).substring(0, 16);
    }

    private static Badge view(VisitorRepository.Badge b) {
        return new Badge(b.id(), b.fairId(), b.badgeCode(), b.name(), b.provinceName(), b.interest(), b.checkedInAt(),
                b.fairName(), b.fairSlug(), VietnameseDates.day(b.startsOn()) + " – " + VietnameseDates.day(b.endsOn()),
                b.venue(), b.phone(), b.email());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
