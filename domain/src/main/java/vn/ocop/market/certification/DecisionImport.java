package vn.ocop.market.certification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.DecisionCsv.Column;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Imports a council's decision from CSV: every row is validated first and reported (row, field,
 * message); the valid rows are then applied together in one transaction, only on confirmation.
 * Columns: product code or id, score, level, decision number, decision date, issuing authority;
 * by header name when the first row names them, otherwise in that order.
 */
@Singleton
public class DecisionImport {

    /** One row: its number in the file (the first row is row 1; 0 for the file), the command, and its problems. */
    public record Row(int rowNumber, RecordCertificate command, String productLabel, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The outcome of validating a file. */
    public record Report(List<Row> rows) {
        public List<Row> validRows() {
            return rows.stream().filter(Row::valid).toList();
        }

        public List<Row> invalidRows() {
            return rows.stream().filter(r -> !r.valid()).toList();
        }
    }

    /** The field of a row that repeats the product's current decision exactly: nothing to write. */
    public static final String ALREADY_RECORDED = "alreadyRecorded";

    private static final RecordCertificate NOTHING = new RecordCertificate(null, null, null, null, null, null, null);

    private final CertifiedProducts products;
    private final CertificateRules rules;
    private final Certifications certifications;

    DecisionImport(CertifiedProducts products, CertificateRules rules, Certifications certifications) {
        this.products = products;
        this.rules = rules;
        this.certifications = certifications;
    }

    /**
     * Validates an uploaded file without writing anything: UTF-8 (a byte-order mark is skipped),
     * or Windows-1258 when the bytes are not UTF-8; a file that cannot be read is one problem on row 0.
     */
    @Transactional(readOnly = true)
    public Report validate(byte[] file, IntConsumer progress) {
        DecisionCsv.Decoded decoded = DecisionCsv.decode(file);
        if (decoded.error() != null) {
            return new Report(List.of(new Row(0, NOTHING, "", List.of(decoded.error()))));
        }
        return validate(decoded.text(), progress);
    }

    /** Validates every row without writing anything; reports progress as rows are checked. */
    @Transactional(readOnly = true)
    public Report validate(String csv, IntConsumer progress) {
        List<List<String>> records = DecisionCsv.parse(Normalizer.normalize(csv, Normalizer.Form.NFC));
        int first = 0;
        while (first < records.size() && blank(records.get(first))) {
            first++;
        }
        if (first == records.size()) {
            return new Report(List.of(new Row(0, NOTHING, "", List.of(FieldError.of("file", "certification.import.emptyFile")))));
        }
        List<FieldError> headerErrors = new ArrayList<>();
        DecisionCsv.Layout layout = DecisionCsv.layout(records.get(first), headerErrors);
        if (!headerErrors.isEmpty()) {
            // Without every column named once, no row can be read as meant: fix the header first.
            return new Report(List.of(new Row(first + 1, NOTHING, "", headerErrors)));
        }
        List<Row> rows = new ArrayList<>();
        Set<Long> productsInFile = new HashSet<>();
        for (int i = layout.header() ? first + 1 : first; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (blank(cells)) {
                continue;
            }
            rows.add(row(i + 1, i == first, cells, layout, productsInFile));
            progress.accept(rows.size());
        }
        return new Report(rows);
    }

    /**
     * Records every valid row in one transaction; if any row has become invalid meanwhile, nothing is
     * saved. Answers how many certificates were written: a row whose decision was recorded meanwhile
     * is not written again.
     */
    @Transactional
    public int apply(Report report, String actor) {
        List<Row> valid = report.validRows();
        certifications.lockProducts(valid.stream().map(r -> r.command().productId()).toList());
        int written = 0;
        for (Row row : valid) {
            List<FieldError> errors = rules.validate(row.command());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors.stream()
                        .map(e -> FieldError.of(e.field(), "certification.import.rowError", row.rowNumber(), e)).toList());
            }
            if (!certifications.recordValid(row.command(), actor, "IMPORTED").alreadyRecorded()) {
                written++;
            }
        }
        return written;
    }

    private Row row(int rowNumber, boolean firstRow, List<String> cells, DecisionCsv.Layout layout,
                    Set<Long> productsInFile) {
        List<FieldError> errors = new ArrayList<>();
        int needed = layout.cellsNeeded();
        if (cells.size() < needed) {
            errors.add(FieldError.of("row", "certification.import.missingCells", needed, cells.size()));
            return new Row(rowNumber, NOTHING, cells.isEmpty() ? "" : cells.getFirst(), errors);
        }
        String productRef = layout.cell(cells, Column.PRODUCT).trim();
        Optional<CertifiedProducts.Certifiable> product = findProduct(productRef);
        String scoreText = layout.cell(cells, Column.SCORE);
        Integer score = null;
        try {
            score = Integer.valueOf(scoreText.trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("score", "certification.import.scoreNotNumber", scoreText));
        }
        String levelText = layout.cell(cells, Column.LEVEL);
        CouncilLevel level = DecisionCsv.level(levelText);
        if (level == null) {
            errors.add(FieldError.of("level", "certification.import.unknownLevel", levelText));
        }
        String dateText = layout.cell(cells, Column.DECISION_DATE);
        LocalDate date = DecisionCsv.date(dateText);
        if (date == null) {
            errors.add(FieldError.of("decisionDate", "certification.import.badDate", dateText));
        }
        if (firstRow && score == null && level == null && date == null) {
            errors.addFirst(FieldError.of("header", "certification.import.noHeader", DecisionCsv.ACCEPTED_NAMES));
        }
        RecordCertificate command = new RecordCertificate(product.map(CertifiedProducts.Certifiable::id).orElse(null),
                score, level,
                layout.cell(cells, Column.DECISION_NUMBER).trim(), date, layout.cell(cells, Column.ISSUED_BY).trim(), null);
        for (FieldError e : rules.validate(command)) {
            boolean alreadyReported = errors.stream().anyMatch(x -> x.field().equals(e.field()));
            if (e.field().equals("productId")) {
                errors.add(FieldError.of("product", "certification.import.productNotFound", productRef));
            } else if (!alreadyReported) {
                errors.add(e);
            }
        }
        if (errors.isEmpty()) {
            certifications.sameAsCurrent(command).ifPresent(current -> errors.add(
                    FieldError.of(ALREADY_RECORDED, "certification.import.alreadyRecorded", current.certificateNumber())));
        }
        if (product.isPresent() && !productsInFile.add(product.get().id())) {
            errors.add(FieldError.of("product", "certification.import.productTwice", productRef));
        }
        return new Row(rowNumber, command, product.map(p -> p.code() + " – " + p.name()).orElse(productRef), errors);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private Optional<CertifiedProducts.Certifiable> findProduct(String ref) {
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<CertifiedProducts.Certifiable> byCode = products.certifiableByCode(ref);
        // An id is at most 18 digits (a long); anything longer can only be a code.
        if (byCode.isPresent() || ref.length() > 18 || !ref.chars().allMatch(Character::isDigit)) {
            return byCode;
        }
        return products.certifiable(Long.parseLong(ref));
    }
}
