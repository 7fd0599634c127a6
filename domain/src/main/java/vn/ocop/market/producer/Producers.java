package vn.ocop.market.producer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
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
            errors.add(new FieldError("name", "Vui lòng nhập tên chủ thể.", "Name is required."));
        } else {
            TextLimits.check(errors, "name", command.name().trim(), 200, "Tên chủ thể", "The name");
        }
        if (command.type() == null) {
            errors.add(new FieldError("type", "Vui lòng chọn loại hình chủ thể.", "Type is required."));
        }
        if (provinces.find(command.province()).isEmpty()) {
            errors.add(new FieldError("province", "Không tìm thấy tỉnh/thành phố \"" + command.province() + "\".",
                    "Unknown province \"" + command.province() + "\"."));
        }
        TextLimits.check(errors, "commune", command.commune(), 120, "Tên xã/phường", "The commune");
        TextLimits.check(errors, "story", command.story(), TextLimits.RICH_TEXT, "Câu chuyện", "The story");
        TextLimits.check(errors, "storyEn", command.storyEn(), TextLimits.RICH_TEXT,
                "Câu chuyện (tiếng Anh)", "The English story");
        TextLimits.check(errors, "bankName", command.bankName(), 80, "Tên ngân hàng", "The bank name");
        TextLimits.check(errors, "bankBin", command.bankBin(), 10, "Mã BIN ngân hàng", "The bank BIN");
        TextLimits.check(errors, "bankAccount", command.bankAccount(), 30, "Số tài khoản", "The account number");
        String email = command.email() == null ? "" : command.email().trim();
        if (TextLimits.length(email) > 160) {
            TextLimits.check(errors, "email", email, 160, "Địa chỉ e-mail", "The e-mail address");
        } else if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "Địa chỉ e-mail không hợp lệ.", "Invalid e-mail address."));
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
            errors.add(new FieldError("bankBin", "Mã BIN ngân hàng gồm 6 chữ số (ví dụ 970436).",
                    "The bank BIN has 6 digits (e.g. 970436)."));
        }
        if (account != null && !account.matches("[A-Za-z0-9]{1,19}")) {
            errors.add(new FieldError("bankAccount", "Số tài khoản gồm tối đa 19 chữ số hoặc chữ cái.",
                    "The account number has at most 19 digits or letters."));
        }
        if (holder != null && (holder.length() > 50 || !holder.matches("[A-Z0-9 .,&()-]+"))) {
            errors.add(new FieldError("bankAccountName", "Tên chủ tài khoản tối đa 50 ký tự, không dấu.",
                    "The account holder's name has at most 50 characters, without diacritics."));
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
}
