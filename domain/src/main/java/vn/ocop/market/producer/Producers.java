package vn.ocop.market.producer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.SafeHtml;
import vn.ocop.market.shared.TextLimits;
import vn.ocop.market.shared.VietnameseText;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Registers producers and answers questions about them. */
@Singleton
public class Producers {

    /** The size of producer.slug (V1__catalog.sql). */
    static final int SLUG_LENGTH = 120;

    private final ProducerRepository repository;
    private final Provinces provinces;
    private final Outbox outbox;
    private final Clock clock;

    Producers(ProducerRepository repository, Provinces provinces, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.provinces = provinces;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers a producer; a former province name is kept and mapped to the current province. */
    @Transactional
    public Producer register(NewProducer command) {
        List<FieldError> errors = problems(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Province> province = provinces.find(command.province());
        String current = province.get().name();
        String former = current.equalsIgnoreCase(command.province().trim()) ? null : command.province().trim();
        String slug = VietnameseText.uniqueSlug(command.name(), SLUG_LENGTH, repository::existsBySlug);
        Producer saved = repository.save(new Producer(null, slug, command.name().trim(), command.type(), current, former,
                command.commune(), SafeHtml.clean(command.story()), SafeHtml.clean(command.storyEn()),
                blankToNull(command.bankName()), blankToNull(command.bankBin()), blankToNull(command.bankAccount()),
                clock.instant(), command.email() == null || command.email().isBlank() ? null : command.email().trim(),
                accountHolder(command.bankAccountName())));
        outbox.append("producer", saved.id(), "ProducerRegistered");
        return saved;
    }

    /** What is wrong with the command, without saving anything; text limits are the column sizes. */
    public List<FieldError> problems(NewProducer command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank()) {
            errors.add(FieldError.of("name", "producer.name.required"));
        } else {
            TextLimits.check(errors, "name", command.name().trim(), 200, Localized.key("producer.limit.name"));
        }
        if (command.type() == null) {
            errors.add(FieldError.of("type", "producer.producerType.required"));
        }
        if (provinces.find(command.province()).isEmpty()) {
            errors.add(FieldError.of("province", "shared.province.unknown", command.province()));
        }
        TextLimits.check(errors, "commune", command.commune(), 120, Localized.key("producer.limit.commune"));
        TextLimits.check(errors, "story", command.story(), TextLimits.RICH_TEXT, Localized.key("producer.limit.story"));
        TextLimits.check(errors, "storyEn", command.storyEn(), TextLimits.RICH_TEXT, Localized.key("producer.limit.storyEn"));
        TextLimits.check(errors, "bankName", command.bankName(), 80, Localized.key("producer.limit.bankName"));
        TextLimits.check(errors, "bankBin", command.bankBin(), 10, Localized.key("producer.limit.bankBin"));
        TextLimits.check(errors, "bankAccount", command.bankAccount(), 30, Localized.key("producer.limit.bankAccount"));
        String email = command.email() == null ? "" : command.email().trim();
        if (TextLimits.length(email) > 160) {
            TextLimits.check(errors, "email", email, 160, Localized.key("producer.limit.email"));
        } else if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("email", "shared.email.invalid"));
        }
        bankAccountProblems(command, errors);
        return errors;
    }

    // VietQR transfers need the bank's 6-digit NAPAS BIN and an account number of at most 19 letters or digits.
    private static void bankAccountProblems(NewProducer command, List<FieldError> errors) {
        String bin = blankToNull(command.bankBin());
        String account = blankToNull(command.bankAccount());
        String holder = accountHolder(command.bankAccountName());
        if (bin != null && !bin.matches("\\d{6}")) {
            errors.add(FieldError.of("bankBin", "producer.bank.binInvalid"));
        }
        if (account != null && !account.matches("[A-Za-z0-9]{1,19}")) {
            errors.add(FieldError.of("bankAccount", "producer.bank.accountInvalid"));
        }
        if (holder != null && (holder.length() > 50 || !holder.matches("[A-Z0-9 .,&()-]+"))) {
            errors.add(FieldError.of("bankAccountName", "producer.bank.accountNameInvalid"));
        }
    }

    /** The holder's name as banks print it: upper case without diacritics, single spaces. */
    static String accountHolder(String name) {
        String plain = blankToNull(name);
        return plain == null ? null : VietnameseText.fold(plain).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Transactional(readOnly = true)
    public Optional<Producer> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Producer> all() {
        return repository.findAllOrderByName();
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** One page of producers whose name contains {@code text}, by name (for choosers that load lazily). */
    @Transactional(readOnly = true)
    public List<Producer> page(String text, int offset, int limit) {
        String escaped = (text == null ? "" : text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return repository.page(escaped, Math.max(0, offset), Math.max(0, Math.min(limit, 500)));
    }

    /** The producer shoppers may see under this slug (empty for unknown and not public producers). */
    @Transactional(readOnly = true)
    public Optional<Producer> publicBySlug(String slug) {
        return slug == null || slug.isBlank() ? Optional.empty() : repository.findPublicBySlug(slug);
    }

    /** The producer shoppers may see under this id (empty for unknown and not public producers). */
    @Transactional(readOnly = true)
    public Optional<Producer> publicById(long id) {
        return repository.findPublicById(id);
    }
}
