package vn.ocop.market.producer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.region.Commune;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.PhoneNumbers;
import vn.ocop.market.shared.SafeHtml;
import vn.ocop.market.shared.TextLimits;
import vn.ocop.market.shared.VietnameseText;

import java.time.Clock;
import java.time.Instant;
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
    private final AdminUnits units;
    private final Clock clock;

    Producers(ProducerRepository repository, Provinces provinces, Outbox outbox, AdminUnits units, Clock clock) {
        this.repository = repository;
        this.provinces = provinces;
        this.outbox = outbox;
        this.units = units;
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
                accountHolder(command.bankAccountName()), ProducerStatus.APPROVED, null, null, null, null, null, null, null,
                null));
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

    // ---- Applications: a producer registers itself and waits for an officer ----

    /** The longest rejection reason kept (producer.rejection_reason). */
    public static final int REASON_LENGTH = 1000;

    /** Saves a producer's own application, PENDING until an officer decides; nothing is saved when a field is wrong. */
    @Transactional
    public Producer apply(ProducerApplication application) {
        List<FieldError> errors = problems(application);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AdminProvince province = units.province(application.provinceCode()).orElseThrow();
        String slug = VietnameseText.uniqueSlug(application.name(), SLUG_LENGTH, repository::existsBySlug);
        Producer saved = repository.save(new Producer(null, slug, application.name().trim(), application.type(),
                province.name(), null, communeName(application.commune()), null, null, null, null, null,
                clock.instant(), lowerEmail(application.email()), null, ProducerStatus.PENDING,
                digits(application.registrationNumber()), application.contactName().strip(),
                PhoneNumbers.normalise(application.phone()).orElseThrow(), blankToNull(application.address()), null,
                null, null, null));
        outbox.append("producer", saved.id(), "ProducerRegistered");
        return saved;
    }

    /** What is wrong with an application, without saving anything. */
    @Transactional(readOnly = true)
    public List<FieldError> problems(ProducerApplication a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.name() == null || a.name().isBlank()) {
            errors.add(FieldError.of("name", "producer.name.required"));
        } else {
            TextLimits.check(errors, "name", a.name().trim(), 200, Localized.key("producer.limit.name"));
        }
        if (a.type() == null) {
            errors.add(FieldError.of("type", "producer.producerType.required"));
        }
        String number = digits(a.registrationNumber());
        if (number == null) {
            errors.add(FieldError.of("registrationNumber", "producer.registrationNumber.required"));
        } else if (!number.matches("\\d{10}|\\d{13}")) {
            errors.add(FieldError.of("registrationNumber", "producer.registrationNumber.invalid"));
        } else if (repository.existsByRegistrationNumber(number)) {
            errors.add(FieldError.of("registrationNumber", "producer.registrationNumber.taken"));
        }
        if (a.contactName() == null || a.contactName().isBlank()) {
            errors.add(FieldError.of("contactName", "producer.contactName.required"));
        } else {
            TextLimits.check(errors, "contactName", a.contactName().strip(), 120, Localized.key("producer.limit.contactName"));
        }
        PhoneNumbers.problem("phone", a.phone()).ifPresent(errors::add);
        String email = a.email() == null ? "" : a.email().trim();
        if (email.isEmpty()) {
            errors.add(FieldError.of("email", "producer.email.required"));
        } else if (TextLimits.length(email) > 160) {
            TextLimits.check(errors, "email", email, 160, Localized.key("producer.limit.email"));
        } else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("email", "shared.email.invalid"));
        }
        errors.addAll(units.validate(a.provinceCode(), a.commune()));
        TextLimits.check(errors, "address", a.address(), 255, Localized.key("producer.limit.address"));
        return errors;
    }

    /** The applications in one state, the oldest first. */
    @Transactional(readOnly = true)
    public List<Producer> withStatus(ProducerStatus status, int offset, int limit) {
        return repository.withStatus(status.name(), Math.max(0, offset), Math.max(0, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public int countWithStatus(ProducerStatus status) {
        return repository.countWithStatus(status.name());
    }

    /**
     * Records an officer's decision on an application still waiting (the caller checks the officer and
     * audits): APPROVED, or REJECTED with a reason. Answers the producer as it was before.
     */
    @Transactional
    public Producer decide(long producerId, ProducerStatus decision, String reason, String officer, Instant at) {
        Producer before = repository.lock(producerId)
                .orElseThrow(() -> InvalidInputException.of("producerId", "producer.application.notFound"));
        if (before.status() != ProducerStatus.PENDING) {
            throw InvalidInputException.of("producerId", "producer.application.decided");
        }
        String why = blankToNull(reason);
        if (decision == ProducerStatus.REJECTED) {
            if (why == null) {
                throw InvalidInputException.of("reason", "producer.application.reasonRequired");
            }
            List<FieldError> errors = new ArrayList<>();
            TextLimits.check(errors, "reason", why, REASON_LENGTH, Localized.key("producer.limit.reason"));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        } else if (decision != ProducerStatus.APPROVED) {
            throw InvalidInputException.of("status", "producer.application.decisionUnknown");
        }
        repository.review(producerId, decision.name(), decision == ProducerStatus.REJECTED ? why : null, officer, at);
        outbox.append("producer", producerId, "ProducerReviewed");
        return before;
    }

    /** Refuses (a field error on producerId) unless the producer is approved to list products. */
    @Transactional(readOnly = true)
    public void requireApproved(long producerId) {
        Producer producer = repository.findById(producerId)
                .orElseThrow(() -> InvalidInputException.of("producerId", "producer.application.notFound"));
        if (!producer.approved()) {
            throw InvalidInputException.of("producerId", producer.status() == ProducerStatus.REJECTED
                    ? "producer.listing.rejected" : "producer.listing.pending");
        }
    }

    /**
     * Saves a producer's story (sanitised), video link and place (the caller checks the user and audits);
     * answers the producer as it is now.
     */
    @Transactional
    public Producer saveStory(long producerId, StoryEdit edit) {
        List<FieldError> errors = storyProblems(edit);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        repository.lock(producerId).orElseThrow(() -> InvalidInputException.of("producerId", "producer.application.notFound"));
        AdminProvince province = units.province(edit.provinceCode()).orElseThrow();
        String video = blankToNull(edit.videoUrl()) == null ? null : VideoLinks.normalise(edit.videoUrl()).orElseThrow();
        repository.updateStory(producerId, blankToNull(SafeHtml.clean(edit.story())),
                blankToNull(SafeHtml.clean(edit.storyEn())), video, province.name(), communeName(edit.commune()),
                blankToNull(edit.address()));
        outbox.append("producer", producerId, "ProducerStoryChanged");
        return repository.findById(producerId).orElseThrow();
    }

    /** What is wrong with a story edit, without saving anything. */
    public List<FieldError> storyProblems(StoryEdit edit) {
        List<FieldError> errors = new ArrayList<>();
        TextLimits.check(errors, "story", edit.story(), TextLimits.RICH_TEXT, Localized.key("producer.limit.story"));
        TextLimits.check(errors, "storyEn", edit.storyEn(), TextLimits.RICH_TEXT, Localized.key("producer.limit.storyEn"));
        if (blankToNull(edit.videoUrl()) != null && VideoLinks.normalise(edit.videoUrl()).isEmpty()) {
            errors.add(FieldError.of("videoUrl", "producer.video.invalid"));
        }
        errors.addAll(units.validate(edit.provinceCode(), edit.commune()));
        TextLimits.check(errors, "address", edit.address(), 255, Localized.key("producer.limit.address"));
        return errors;
    }

    /** The commune as stored: the full name of a commune code ("Xã Tân Cương"), or the typed name. */
    private String communeName(String commune) {
        if (commune == null || commune.isBlank()) {
            return null;
        }
        return units.available() ? units.commune(commune).map(Commune::fullName).orElse(null) : commune.strip();
    }

    /** The registration number without the spaces, dots or dashes people type in it; null when blank. */
    static String digits(String raw) {
        String plain = blankToNull(raw);
        return plain == null ? null : plain.replaceAll("[\\s.\\-]", "");
    }

    private static String lowerEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
