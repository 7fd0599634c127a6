package vn.ocop.market.certification;

import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.VietnameseText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading a council decision file: bytes to text, text to cells, header names to columns, and
 * cells to values. No database here; {@link DecisionImport} checks the values against the rules.
 */
final class DecisionCsv {

    /** The six columns, with the header names each is recognised by (folded: no diacritics, lower case). */
    enum Column {
        PRODUCT("product", "mã sản phẩm", "product code",
                "ma san pham", "ma sp", "san pham", "product", "product code", "product id"),
        SCORE("score", "điểm", "score", "diem", "diem so", "diem danh gia", "score"),
        LEVEL("level", "cấp", "level", "cap", "cap hoi dong", "level", "council level"),
        DECISION_NUMBER("decisionNumber", "số quyết định", "decision number",
                "so quyet dinh", "so qd", "decision number", "decision no"),
        DECISION_DATE("decisionDate", "ngày quyết định", "decision date",
                "ngay quyet dinh", "ngay qd", "decision date"),
        ISSUED_BY("issuedBy", "cơ quan ban hành", "issued by",
                "co quan ban hanh", "issued by", "issuing authority");

        final String field;
        final String nameVi;
        final String nameEn;
        final Set<String> names;

        Column(String field, String nameVi, String nameEn, String... names) {
            this.field = field;
            this.nameVi = nameVi;
            this.nameEn = nameEn;
            this.names = Set.of(names);
        }

        static Optional<Column> named(String header) {
            String key = headerKey(header);
            return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
        }
    }

    /** Which cell holds which column: from the header, or the six positions when there is none. */
    record Layout(boolean header, Map<Column, Integer> index) {
        static final Layout POSITIONAL = new Layout(false, positions());

        int cellsNeeded() {
            return index.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        }

        String cell(List<String> cells, Column column) {
            return cells.get(index.get(column));
        }

        private static Map<Column, Integer> positions() {
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            for (Column c : Column.values()) {
                index.put(c, c.ordinal());
            }
            return index;
        }
    }

    /** The text of a file, or why it cannot be read. */
    record Decoded(String text, FieldError error) {
    }

    /** The Vietnamese Windows code page Excel uses for "CSV (Comma delimited)" on Vietnamese Windows. */
    static final String LEGACY_CHARSET = "windows-1258";

    /** Every accepted header name, as the error messages list them. */
    static final String ACCEPTED_NAMES = Arrays.stream(Column.values())
            .map(c -> c.nameVi + " / " + c.nameEn).collect(Collectors.joining(", "));

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DecisionCsv() {
    }

    /** Decodes with the legacy Vietnamese code page as the fallback when the JDK has it. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, Charset.isSupported(LEGACY_CHARSET) ? Charset.forName(LEGACY_CHARSET) : null);
    }

    /**
     * UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8; otherwise the
     * fallback code page, or an error when there is none. The text is returned in NFC, so that
     * Windows-1258's separate tone marks compose into the characters typed in the console.
     */
    static Decoded decode(byte[] bytes, Charset fallback) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(null, FieldError.of("file", "certification.import.utf16"));
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        ByteBuffer content = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException e) {
            if (bom || fallback == null) {
                return new Decoded(null, FieldError.of("file", "certification.import.notUtf8"));
            }
            text = new String(bytes, fallback);
        }
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), null);
    }

    /**
     * The layout of a file whose first record is given: by header names when at least one of its
     * cells is a known name, otherwise positional (and the first record is data). A header with
     * unknown, repeated or missing names is reported through {@code errors}.
     */
    static Layout layout(List<String> first, List<FieldError> errors) {
        boolean header = first.stream().anyMatch(cell -> Column.named(cell).isPresent());
        if (!header) {
            return Layout.POSITIONAL;
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).trim();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (index.putIfAbsent(column.get(), i) != null) {
                repeated.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            String names = quoted(unknown);
            errors.add(FieldError.of("header", "certification.import.unknownColumn", names, ACCEPTED_NAMES));
        }
        if (!repeated.isEmpty()) {
            String names = quoted(repeated);
            errors.add(FieldError.of("header", "certification.import.columnTwice", names));
        }
        List<Column> missing = Arrays.stream(Column.values()).filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(FieldError.of("header", "certification.import.missingColumn",
                    Localized.pick(missing.stream().map(c -> c.nameVi).collect(Collectors.joining(", ")),
                            missing.stream().map(c -> c.nameEn).collect(Collectors.joining(", ")))));
        }
        return new Layout(true, index);
    }

    /** The council level, from Vietnamese or English, with or without diacritics, in any letter case. */
    static CouncilLevel level(String text) {
        String folded = VietnameseText.fold(text).trim().replaceAll("\\s+", " ");
        return switch (folded) {
            case "district", "huyen", "cap huyen" -> CouncilLevel.DISTRICT;
            case "provincial", "province", "tinh", "cap tinh" -> CouncilLevel.PROVINCIAL;
            case "national", "trung uong", "cap trung uong", "quoc gia", "cap quoc gia" -> CouncilLevel.NATIONAL;
            default -> null;
        };
    }

    /** A date written dd/mm/yyyy (d/m/yyyy too) or yyyy-mm-dd; null when it is neither or does not exist. */
    static LocalDate date(String text) {
        String t = text.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, VIETNAMESE_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Header names compare without diacritics, case, underscores or punctuation: "Mã_SP" is "ma sp". */
    static String headerKey(String header) {
        return VietnameseText.fold(header).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /**
     * A small RFC 4180 reader: commas or semicolons (whichever the first line with any text has
     * more of), quoted fields, doubled quotes, CRLF.
     */
    static List<List<String>> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char sep = s.lines().filter(l -> !l.replaceAll("[;,]", "").isBlank()).findFirst().map(l -> l.chars().filter(c -> c == ';').count()
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

    private static String quoted(Set<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
