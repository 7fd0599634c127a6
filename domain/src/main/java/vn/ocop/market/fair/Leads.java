package vn.ocop.market.fair;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A booth's leads: a visitor who scanned the booth's QR code, or whose badge the producer scanned,
 * recorded once per visitor and booth; and trade buyers' wholesale inquiries, which the producer
 * answers from the seller centre. A producer reads and answers only its own (its id from the session).
 */
@Singleton
public class Leads {

    /** A booth as its lead page shows it. */
    public record Booth(long id, long fairId, String number, long producerId, String producerName, String fairName) {
    }

    /** A lead or an inquiry as the producer sees it. */
    public record Lead(long id, long fairId, String fairName, String boothNumber, boolean inquiry, String source,
                       String contactName, String contact, @Nullable Integer quantity, @Nullable String message,
                       @Nullable String answer, @Nullable Instant answeredAt, Instant createdAt) {
    }

    /** What a lead scan did: the visitor's name, and whether this scan recorded it (false: it already was). */
    public record Recorded(String visitorName, Booth booth, boolean first) {
    }

    /** A trade buyer's wholesale inquiry. */
    public record Inquiry(String contactName, String contact, int quantity, String message) {
    }

    /** The most inquiry text kept. */
    public static final int MESSAGE_MAX = 1000;

    private final LeadRepository leads;
    private final Visitors visitors;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final String publicUrl;

    Leads(LeadRepository leads, Visitors visitors, TransactionOperations<Connection> tx, Clock clock,
          @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.leads = leads;
        this.visitors = visitors;
        this.tx = tx;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The path of a booth's lead page, which its QR code opens. */
    public static String leadPath(long boothId) {
        return "hoi-cho/gian-hang/" + boothId + "/lien-he";
    }

    /** The full address of a booth's lead page, for its printed QR code. */
    public String leadUrl(long boothId) {
        return publicUrl + "/" + leadPath(boothId);
    }

    /** The producer's own booths at published fairs not over a month ago, for printing their QR codes. */
    public List<Booth> myBooths(SignedInUser producer) {
        long producerId = producerOf(producer);
        LocalDate since = VietnameseDates.today(clock).minusDays(30);
        return tx.executeRead(s -> leads.boothsOf(producerId, since)).stream().map(Leads::view).toList();
    }

    /** An assigned booth of a published fair, for its lead page. */
    public Optional<Booth> booth(long boothId) {
        return tx.executeRead(s -> leads.booth(boothId)).filter(b -> b.producerId() != null
                && "PUBLISHED".equals(b.fairStatus())).map(Leads::view);
    }

    /** A visitor scanned the booth's code (identified by the badge code): a lead for the producer, once. */
    public Recorded scannedBooth(long boothId, String badgeCode) {
        Booth booth = booth(boothId).orElseThrow(() -> new NotFoundException("No booth " + boothId));
        Visitors.Badge badge = visitors.badge(badgeCode).filter(b -> b.fairId() == booth.fairId())
                .orElseThrow(() -> InvalidInputException.of("code", "fair.lead.unknownBadge"));
        return record(booth, badge, "SCAN");
    }

    /** The producer scanned a visitor's badge at its booth: a lead, once. */
    public Recorded scannedBadge(SignedInUser producer, String badgeCode) {
        long producerId = producerOf(producer);
        Visitors.Badge badge = visitors.badge(badgeCode)
                .orElseThrow(() -> InvalidInputException.of("code", "fair.lead.unknownBadge"));
        Booth booth = tx.executeRead(s -> leads.boothOf(badge.fairId(), producerId)).map(Leads::view)
                .orElseThrow(() -> InvalidInputException.of("code", "fair.lead.noBooth", badge.fairName()));
        return record(booth, badge, "BADGE");
    }

    private Recorded record(Booth booth, Visitors.Badge badge, String source) {
        Instant now = clock.instant();
        int added = tx.executeWrite(s -> leads.addLead(booth.fairId(), booth.id(), booth.producerId(), badge.visitorId(),
                source, now));
        return new Recorded(badge.name(), booth, added == 1);
    }

    /** A trade buyer's wholesale inquiry at a booth. */
    public void inquire(long boothId, Inquiry inquiry) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(inquiry.contactName()) || inquiry.contactName().trim().length() > 120) {
            errors.add(FieldError.of("contactName", "fair.inquiry.nameRequired"));
        }
        if (blank(inquiry.contact()) || inquiry.contact().trim().length() > 160) {
            errors.add(FieldError.of("contact", "fair.inquiry.contactRequired"));
        }
        if (inquiry.quantity() < 1 || inquiry.quantity() > 1_000_000) {
            errors.add(FieldError.of("quantity", "fair.inquiry.quantityRange"));
        }
        if (blank(inquiry.message()) || inquiry.message().trim().length() > MESSAGE_MAX) {
            errors.add(FieldError.of("message", "fair.inquiry.messageRequired", MESSAGE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Booth booth = booth(boothId).orElseThrow(() -> new NotFoundException("No booth " + boothId));
        Instant now = clock.instant();
        tx.executeWrite(s -> leads.addInquiry(booth.fairId(), booth.id(), booth.producerId(),
                inquiry.contactName().trim(), inquiry.contact().trim(), inquiry.quantity(), inquiry.message().trim(), now));
    }

    /** A page of the producer's own leads and inquiries, newest first. */
    public List<Lead> mine(SignedInUser producer, int offset, int limit) {
        long producerId = producerOf(producer);
        return tx.executeRead(s -> leads.ofProducer(producerId, limit, offset)).stream().map(Leads::view).toList();
    }

    public long countMine(SignedInUser producer) {
        long producerId = producerOf(producer);
        return tx.executeRead(s -> leads.countOf(producerId));
    }

    /** Answers one of the producer's own inquiries. */
    public Lead answer(SignedInUser producer, long leadId, String answer) {
        long producerId = producerOf(producer);
        if (blank(answer) || answer.trim().length() > MESSAGE_MAX) {
            throw InvalidInputException.of("answer", "fair.inquiry.answerRequired", MESSAGE_MAX);
        }
        return tx.executeWrite(s -> {
            if (leads.answer(leadId, producerId, answer.trim(), clock.instant()) == 0) {
                throw new NotFoundException("No inquiry " + leadId);
            }
            return leads.ofProducer(leadId, producerId).map(Leads::view).orElseThrow();
        });
    }

    private static long producerOf(SignedInUser user) {
        if (user.role() != Role.PRODUCER || user.producerId() == null) {
            throw new NotFoundException("No leads for this account");
        }
        return user.producerId();
    }

    private static Booth view(LeadRepository.BoothRef b) {
        return new Booth(b.id(), b.fairId(), b.number(), b.producerId(), b.producerName(), b.fairName());
    }

    private static Lead view(LeadRepository.Row r) {
        return new Lead(r.id(), r.fairId(), r.fairName(), r.boothNumber(), "INQUIRY".equals(r.kind()), r.source(),
                r.contactName(), r.contact(), r.quantity(), r.message(), r.answer(), r.answeredAt(), r.createdAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
