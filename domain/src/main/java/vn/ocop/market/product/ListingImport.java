package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.Vnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates the price, stock and low-stock threshold of a producer's existing products and variants
 * from a listings file ({@link StockSheets#exportCsv} writes one), and reports on every line. A line
 * in error writes nothing; each valid line is written in a transaction of its own, product prices
 * through {@link Listings#edit} (a rise over {@link Listings#PRICE_RISE_PERCENT_WITHOUT_REVIEW} %
 * waits for an officer). A variant's price rise that large is refused: it goes through the editor.
 */
@Singleton
public class ListingImport {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** What became of one line. */
    public enum Outcome { SAVED, PENDING, UNCHANGED, ERROR }

    /** One line's outcome: its line number in the file, the product code and SKU, and the problems of a line in error. */
    public record Line(int lineNumber, String code, String sku, Outcome outcome, List<FieldError> errors) {
    }

    /** The report of a whole file; {@code fileError} when the file could not be read at all (nothing written). */
    public record Report(List<Line> lines, @Nullable FieldError fileError) {
        public long count(Outcome outcome) {
            return lines.stream().filter(l -> l.outcome() == outcome).count();
        }
    }

    /** New values of one valid line; a null stays as it is. */
    record Update(StockRow row, @Nullable Long price, @Nullable Integer stock, @Nullable Integer threshold) {
    }

    private final StockSheets sheets;
    private final StockSheetRepository repository;
    private final Listings listings;
    private final Outbox outbox;
    private final AuditTrail audit;

    ListingImport(StockSheets sheets, StockSheetRepository repository, Listings listings, Outbox outbox,
                  AuditTrail audit) {
        this.sheets = sheets;
        this.repository = repository;
        this.listings = listings;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Reads the file, checks every line against the producer's sheet and writes the valid lines. */
    public Report run(SignedInUser user, @Nullable Long producerId, byte[] csv) {
        long producer = sheets.producerOf(user, producerId);
        if (csv.length > MAX_BYTES) {
            return new Report(List.of(), FieldError.of("file", "product.csv.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        ListingCsv.Parsed parsed = ListingCsv.read(csv);
        if (parsed.error().isPresent()) {
            return new Report(List.of(), parsed.error().get());
        }
        if (parsed.lines().size() > StockSheets.MAX_ROWS) {
            return new Report(List.of(), FieldError.of("file", "product.csv.tooManyRows", StockSheets.MAX_ROWS));
        }
        Map<String, StockRow> byCode = new HashMap<>();
        for (StockRow r : sheets.rows(user, producer, false)) {
            byCode.put(lookupKey(r.code(), r.sku()), r);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Line> report = new ArrayList<>();
        for (ListingCsv.Line line : parsed.lines()) {
            String code = ListingCsv.unguarded(line.cell(ListingCsv.Column.CODE));
            String sku = ListingCsv.unguarded(line.cell(ListingCsv.Column.SKU));
            List<FieldError> errors = new ArrayList<>();
            StockRow row = byCode.get(lookupKey(code, sku.isEmpty() ? null : sku));
            Integer earlier = seen.putIfAbsent(lookupKey(code, sku), line.number());
            if (code.isEmpty()) {
                errors.add(FieldError.of("code", "product.csv.codeMissing"));
            } else if (row == null) {
                errors.add(sku.isEmpty() ? FieldError.of("code", "product.csv.unknownProduct", code)
                        : FieldError.of("sku", "product.csv.unknownVariant", code, sku));
            } else if (earlier != null) {
                errors.add(FieldError.of("code", "product.csv.duplicate", earlier));
            }
            Long price = number(errors, "price", line.cell(ListingCsv.Column.PRICE), Vnd.MAX_PRICE);
            if (price != null && price <= 0) {
                errors.add(FieldError.of("price", "product.price.notPositive"));
            }
            Long count = number(errors, "stock", line.cell(ListingCsv.Column.STOCK), Integer.MAX_VALUE);
            Long threshold = number(errors, "threshold", line.cell(ListingCsv.Column.THRESHOLD), Integer.MAX_VALUE);
            if (errors.isEmpty() && row.variantId() != null && price != null && price != row.priceVnd()
                    && Listings.riseNeedsReview(row.priceVnd(), price)) {
                errors.add(FieldError.of("price", "product.csv.variantRise", Listings.PRICE_RISE_PERCENT_WITHOUT_REVIEW));
            }
            if (!errors.isEmpty()) {
                report.add(new Line(line.number(), code, sku, Outcome.ERROR, errors));
                continue;
            }
            Update update = new Update(row, price == null || price == row.priceVnd() ? null : price,
                    count == null || count.intValue() == row.stock() ? null : count.intValue(),
                    threshold == null || threshold.intValue() == row.threshold() ? null : threshold.intValue());
            if (update.price() == null && update.stock() == null && update.threshold() == null) {
                report.add(new Line(line.number(), code, sku, Outcome.UNCHANGED, List.of()));
                continue;
            }
            try {
                boolean pending = apply(user, update);
                report.add(new Line(line.number(), code, sku, pending ? Outcome.PENDING : Outcome.SAVED, List.of()));
            } catch (InvalidInputException e) {
                report.add(new Line(line.number(), code, sku, Outcome.ERROR, e.errors()));
            }
        }
        return new Report(report, null);
    }

    /**
     * Writes one valid line in its own transaction; true when its price rise waits for an officer
     * (public for the transaction proxy).
     */
    @Transactional
    public boolean apply(SignedInUser user, Update update) {
        StockRow row = update.row();
        if (row.variantId() == null) {
            Listings.Edited edited = update.price() == null && update.stock() == null ? null
                    : listings.edit(user, row.productId(), new ListingEdit(null, null, update.price(), update.stock()));
            if (update.threshold() != null) {
                sheets.setThreshold(user, row, update.threshold());
            }
            return edited != null && edited.pending() != null;
        }
        if (update.price() != null) {
            repository.setVariantPrice(row.variantId(), update.price());
            outbox.append("product", row.productId(), "ProductChanged");
            audit.record(user.email(), "PRICE_SET", null, row.productId(),
                    row.sku() + ": " + row.priceVnd() + " -> " + update.price());
        }
        if (update.stock() != null) {
            sheets.setCount(user, row, update.stock());
        }
        if (update.threshold() != null) {
            sheets.setThreshold(user, row, update.threshold());
        }
        return false;
    }

    private static String lookupKey(String code, @Nullable String sku) {
        return code + "\u0000" + (sku == null ? "" : sku);
    }

    /** A whole number from a cell (spaces and thousands dots allowed), or null for an empty cell. */
    private static @Nullable Long number(List<FieldError> errors, String field, String cell, long max) {
        String digits = cell.replace(" ", "").replace("\u00A0", "").replace(".", "").replace(",", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("-?\\d{1,12}")) {
            errors.add(FieldError.of(field, "product.csv.notANumber", cell));
            return null;
        }
        long value = Long.parseLong(digits);
        if (value < 0) {
            errors.add(FieldError.of(field, "product.csv.negative", cell));
            return null;
        }
        if (value > max) {
            errors.add(field.equals("price") ? FieldError.of(field, "product.price.tooHigh", Vnd.format(Vnd.MAX_PRICE))
                    : FieldError.of(field, "product.csv.numberTooLarge", cell));
            return null;
        }
        return value;
    }

}
