package vn.ocop.market.certification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.VietnameseText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Imports a council's decision from CSV: every row is validated first and reported (row, field,
 * message); the valid rows are then applied together in one transaction, only on confirmation.
 * Columns: product code or id, score, level, decision number, decision date, issuing authority.
 */
@Singleton
public class DecisionImport {

    /** One data row: its number in the file (the header is row 1), the command, and its problems. */
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

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final int COLUMNS = 6;

    private final Products products;
    private final CertificateRules rules;
    private final Certifications certifications;

    DecisionImport(Products products, CertificateRules rules, Certifications certifications) {
        this.products = products;
        this.rules = rules;
        this.certifications = certifications;
    }

    /** Validates every row without writing anything; reports progress as rows are checked. */
    @Transactional(readOnly = true)
    public Report validate(String csv, IntConsumer progress) {
        List<List<String>> records = Csv.parse(csv);
        List<Row> rows = new ArrayList<>();
        Set<Long> productsInFile = new HashSet<>();
        int start = !records.isEmpty() && looksLikeHeader(records.getFirst()) ? 1 : 0;
        for (int i = start; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(row(i + 1, cells, productsInFile));
            progress.accept(rows.size());
        }
        return new Report(rows);
    }

    /** Records every valid row in one transaction; if any row has become invalid meanwhile, nothing is saved. */
    @Transactional
    public int apply(Report report, String actor) {
        List<Row> valid = report.validRows();
        for (Row row : valid) {
            List<FieldError> errors = rules.validate(row.command());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors.stream().map(e -> new FieldError(e.field(),
                        "Dòng " + row.rowNumber() + ": " + e.message(), "Row " + row.rowNumber() + ": " + e.messageEn()))
                        .toList());
            }
            certifications.recordValid(row.command(), actor, "IMPORTED");
        }
        return valid.size();
    }

    private Row row(int rowNumber, List<String> cells, Set<Long> productsInFile) {
        List<FieldError> errors = new ArrayList<>();
        if (cells.size() < COLUMNS) {
            errors.add(new FieldError("row", "Thiếu cột: cần " + COLUMNS + " cột, có " + cells.size() + ".",
                    "Missing columns: " + COLUMNS + " needed, " + cells.size() + " found."));
            return new Row(rowNumber, new RecordCertificate(null, null, null, null, null, null, null),
                    cells.isEmpty() ? "" : cells.getFirst(), errors);
        }
        String productRef = cells.get(0).trim();
        Optional<Product> product = findProduct(productRef);
        Integer score = null;
        try {
            score = Integer.valueOf(cells.get(1).trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("score", "Điểm \"" + cells.get(1) + "\" không phải số nguyên.",
                    "Score \"" + cells.get(1) + "\" is not a whole number."));
        }
        CouncilLevel level = level(cells.get(2));
        if (level == null) {
            errors.add(new FieldError("level", "Cấp hội đồng \"" + cells.get(2) + "\" không hợp lệ (huyện, tỉnh, trung ương).",
                    "Unknown council level \"" + cells.get(2) + "\" (DISTRICT, PROVINCIAL, NATIONAL)."));
        }
        LocalDate date = date(cells.get(4));
        if (date == null) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định \"" + cells.get(4) + "\" không hợp lệ (dd/mm/yyyy).",
                    "Decision date \"" + cells.get(4) + "\" is not a date (yyyy-mm-dd or dd/mm/yyyy)."));
        }
        RecordCertificate command = new RecordCertificate(product.map(Product::id).orElse(null), score, level,
                cells.get(3).trim(), date, cells.get(5).trim(), null);
        for (FieldError e : rules.validate(command)) {
            boolean alreadyReported = errors.stream().anyMatch(x -> x.field().equals(e.field()));
            if (e.field().equals("productId")) {
                errors.add(new FieldError("product", "Không tìm thấy sản phẩm \"" + productRef + "\".",
                        "Product \"" + productRef + "\" not found."));
            } else if (!alreadyReported) {
                errors.add(e);
            }
        }
        if (product.isPresent() && !productsInFile.add(product.get().id())) {
            errors.add(new FieldError("product", "Sản phẩm \"" + productRef + "\" xuất hiện nhiều lần trong tệp.",
                    "Product \"" + productRef + "\" appears more than once in the file."));
        }
        return new Row(rowNumber, command, product.map(p -> p.code() + " – " + p.name()).orElse(productRef), errors);
    }

    private Optional<Product> findProduct(String ref) {
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<Product> byCode = products.findByCode(ref);
        if (byCode.isPresent() || !ref.chars().allMatch(Character::isDigit)) {
            return byCode;
        }
        return products.find(Long.parseLong(ref));
    }

    static CouncilLevel level(String text) {
        String folded = VietnameseText.fold(text).trim();
        return switch (folded) {
            case "district", "huyen", "cap huyen" -> CouncilLevel.DISTRICT;
            case "provincial", "tinh", "cap tinh" -> CouncilLevel.PROVINCIAL;
            case "national", "trung uong", "cap trung uong", "quoc gia" -> CouncilLevel.NATIONAL;
            default -> null;
        };
    }

    static LocalDate date(String text) {
        String t = text.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, VIETNAMESE_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean looksLikeHeader(List<String> first) {
        return first.size() > 1 && !first.get(1).trim().matches("-?\\d+");
    }

    /** A small RFC 4180 reader: commas or semicolons, quoted fields, doubled quotes, CRLF. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
            char sep = s.lines().findFirst().map(l -> l.chars().filter(c -> c == ';').count()
                    > l.chars().filter(c -> c == ',').count() ? ';' : ',').orElse(',');
            List<List<String>> out = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == sep) {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    out.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                out.add(row);
            }
            return out;
        }
    }
}
