package vn.ocop.market.order;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.notice.MailText;
import vn.ocop.market.notice.QueuedMails;
import vn.ocop.market.order.OrderMailRepository.Head;
import vn.ocop.market.order.OrderMailRepository.Part;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Vnd;

import java.time.Clock;
import java.util.List;

/**
 * E-mails about orders: queued in the transaction that places or ships an order, sent afterwards
 * by one instance at a time, each marked sent as soon as it leaves. The shopper's e-mail carries
 * the link to the checkout page, which is how a guest follows the orders.
 */
@Singleton
public class OrderMails {

    private static final Logger LOG = LoggerFactory.getLogger(OrderMails.class);
    private static final String LOCK = "order-mails";

    /** One queued e-mail. */
    public record Mail(long id, long checkoutId, String kind, String to, String subject, String body) {
    }

    private final OrderMailRepository repository;
    private final QueuedMails sender;
    private final Clock clock;
    private final String publicUrl;

    OrderMails(OrderMailRepository repository, QueuedMails sender, Clock clock,
               @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.repository = repository;
        this.sender = sender;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The page where the shopper follows a checkout. */
    public String link(String checkoutToken) {
        return publicUrl + "/don-hang/" + checkoutToken;
    }

    /** Queues the shopper's confirmation and each producer's new-order e-mail (in the caller's transaction). */
    void placed(long checkoutId) {
        Head head = repository.placedHead(checkoutId).orElseThrow();
        List<Part> parts = repository.placedParts(checkoutId);
        StringBuilder orders = new StringBuilder();
        for (Part p : parts) {
            orders.append(Messages.text(Messages.VIETNAMESE, "order.mail.placed.order", p.number(), p.producer(),
                    Vnd.format(p.total()), p.lines()));
        }
        String method = Messages.text(Messages.VIETNAMESE, "payment.method." + PaymentMethod.valueOf(head.method()).name());
        queue(checkoutId, "PLACED", head.email(), MailText.subject("order.mail.placed.", Long.toString(checkoutId)),
                MailText.body("order.mail.placed.", head.name(), orders.toString(), Vnd.format(head.total()), method,
                        link(head.token())));
        for (Part p : parts) {
            if (p.producerEmail() != null && !p.producerEmail().isBlank()) {
                queue(checkoutId, "NEW_ORDER", p.producerEmail(), Messages.text(Messages.VIETNAMESE, "order.mail.newOrder.subject", p.number()),
                        Messages.text(Messages.VIETNAMESE, "order.mail.newOrder.body", p.producer(), p.number(),
                                Vnd.format(p.total()), p.lines(), publicUrl + "/admin/orders"));
            }
        }
    }

    /** Queues the shopper's shipment e-mail for one order (in the caller's transaction). */
    void shipped(long orderId) {
        repository.shippedHead(orderId)
                .ifPresent(h -> queue(h.checkoutId(), "SHIPPED", h.email(), MailText.subject("order.mail.shipped.", h.number()),
                        MailText.body("order.mail.shipped.", h.name(), h.producer(), h.number(), link(h.token()))));
    }

    private void queue(long checkoutId, String kind, String to, String subject, String body) {
        repository.save(new QueuedMail(null, checkoutId, kind, to, subject, body, clock.instant(), null, 0, null));
    }

    /** E-mails waiting to be sent, oldest first. */
    public List<Mail> pending(int limit) {
        return repository.pending(limit).stream().map(OrderMails::mail).toList();
    }

    /** Every e-mail queued for a checkout (for its page and for tests). */
    public List<Mail> ofCheckout(long checkoutId) {
        return repository.ofCheckout(checkoutId).stream().map(OrderMails::mail).toList();
    }

    @Scheduled(fixedDelay = "${ocop.order-mails.interval:10s}", initialDelay = "7s")
    void scheduled() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.warn("Sending order e-mails failed: {}", e.toString());
        }
    }

    /** Sends what is queued; without a mail server the e-mails wait. Answers how many left. */
    public int send() {
        return sender.send(LOCK, new QueuedMails.Queue() {
            @Override
            public List<QueuedMails.Outgoing> waiting(int limit) {
                return pending(limit).stream()
                        .map(m -> new QueuedMails.Outgoing(m.id(), m.to(), m.subject(), m.body())).toList();
            }

            @Override
            public void sent(long id) {
                repository.markSent(id, clock.instant());
            }

            @Override
            public void failed(long id, String error) {
                repository.markFailed(id, error);
            }
        }).sent();
    }

    private static Mail mail(QueuedMail m) {
        return new Mail(m.id(), m.checkoutId(), m.kind(), m.recipient(), m.subject(), m.body());
    }
}
