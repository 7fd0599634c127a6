package vn.ocop.market.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.SafeHtml;
import vn.ocop.market.shared.TextLimits;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.shared.VietnameseText;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adds products and keeps their link to the current certificate. */
@Singleton
public class Products {

    /** The packed weight of goods added without one, as the schema's default; shipping fees go by it. */
    public static final int DEFAULT_WEIGHT_GRAMS = 500;
    /** The size of product.slug (V1__catalog.sql). */
    static final int SLUG_LENGTH = 160;

    private final ProductRepository repository;
    private final Producers producers;
    private final Outbox outbox;
    private final Clock clock;

    Products(ProductRepository repository, Producers producers, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.producers = producers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Adds a product; it stays off the storefront until a certificate is recorded for it. */
    @Transactional
    public Product add(NewProduct command) {
        List<FieldError> errors = problems(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String code = command.code() == null || command.code().isBlank() ? nextCode() : command.code().trim();
        String slug = VietnameseText.uniqueSlug(command.name(), SLUG_LENGTH, repository::existsBySlug);
        Product saved = repository.save(new Product(null, command.producerId(), code, slug,
                command.name().trim(), command.nameEn(), command.group(), command.unit(),
                command.weightGrams() == null ? defaultWeight(command.group()) : command.weightGrams(), command.priceVnd(),
                command.stock() == null ? 0 : command.stock(), SafeHtml.clean(command.description()),
                SafeHtml.clean(command.descriptionEn()), SafeHtml.clean(command.rawMaterialOrigin()), null,
                clock.instant(), null));
        outbox.append("product", saved.id(), "ProductAdded");
        return saved;
    }

    /** What is wrong with the command, without saving anything; text limits are the column sizes. */
    public List<FieldError> problems(NewProduct command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.producerId() == null || producers.find(command.producerId()).isEmpty()) {
            errors.add(FieldError.of("producerId", "product.producer.notFound"));
        }
        if (command.name() == null || command.name().isBlank()) {
            errors.add(FieldError.of("name", "product.name.required"));
        } else {
            TextLimits.check(errors, "name", command.name().trim(), 200, Localized.key("product.limit.name"));
        }
        TextLimits.check(errors, "nameEn", command.nameEn(), 200, Localized.key("product.limit.nameEn"));
        if (command.group() == null) {
            errors.add(FieldError.of("group", "product.productGroup.required"));
        }
        if (command.priceVnd() == null || command.priceVnd() <= 0) {
            errors.add(FieldError.of("priceVnd", "product.price.notPositive"));
        } else if (command.priceVnd() > Vnd.MAX_PRICE) {
            errors.add(FieldError.of("priceVnd", "product.price.tooHigh", Vnd.format(Vnd.MAX_PRICE)));
        }
        if (command.stock() != null && command.stock() < 0) {
            errors.add(FieldError.of("stock", "product.stock.negative"));
        }
        if (command.weightGrams() != null && command.weightGrams() < 0) {
            errors.add(FieldError.of("weightGrams", "product.weight.negative"));
        } else if (command.weightGrams() != null && command.weightGrams() == 0 && command.group() != ProductGroup.TOURISM) {
            errors.add(FieldError.of("weightGrams", "product.weight.required"));
        }
        TextLimits.check(errors, "unit", command.unit(), 60, Localized.key("product.limit.unit"));
        TextLimits.check(errors, "description", command.description(), TextLimits.RICH_TEXT,
                Localized.key("product.limit.description"));
        TextLimits.check(errors, "descriptionEn", command.descriptionEn(), TextLimits.RICH_TEXT,
                Localized.key("product.limit.descriptionEn"));
        TextLimits.check(errors, "rawMaterialOrigin", command.rawMaterialOrigin(), TextLimits.RICH_TEXT,
                Localized.key("product.limit.rawMaterialOrigin"));
        String code = command.code() == null ? "" : command.code().trim();
        if (TextLimits.length(code) > 40) {
            TextLimits.check(errors, "code", code, 40, Localized.key("product.limit.code"));
        } else if (!code.isEmpty() && repository.existsByCode(code)) {
            errors.add(FieldError.of("code", "product.code.taken"));
        }
        return errors;
    }

    @Transactional(readOnly = true)
    public Optional<Product> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Product> findByCode(String code) {
        return repository.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<Product> all() {
        return repository.findAllOrderByName();
    }

    // Tours and homestay nights ship nothing, so they weigh 0 g.
    private static int defaultWeight(ProductGroup group) {
        return group == ProductGroup.TOURISM ? 0 : DEFAULT_WEIGHT_GRAMS;
    }

    private String nextCode() {
        String code;
        do {
            code = "SP-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        } while (repository.existsByCode(code));
        return code;
    }
}
