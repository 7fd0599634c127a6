package vn.ocop.market.product;

import vn.ocop.market.shared.FieldError;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The listings file of the seller centre: one line per product and per variant with its code, SKU,
 * name, price, stock and low-stock threshold. Writing quotes what needs it; reading takes a comma or
 * a semicolon (what a spreadsheet saves) and quoted cells. No database here; {@link ListingImport}
 * checks the values.
 */
final class ListingCsv {

    /** The columns, by their header names (case and surrounding spaces ignored). */
    enum Column {
        CODE("code"), SKU("sku"), NAME("name"), VARIANT("variant"), PRICE("price_vnd"), STOCK("stock"),
        THRESHOLD("low_stock_threshold");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    /** One data line: its line number in the file (the header is line 1) and its cells by column. */
    record Line(int number, Map<Column, String> cells) {
        String cell(Column column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }
    }

    /** The lines of a file, or why it cannot be read at all. */
    record Parsed(List<Line> lines, Optional<FieldError> error) {
        static Parsed failed(FieldError error) {
            return new Parsed(List.of(), Optional.of(error));
        }
    }

    private ListingCsv() {
    }

    static byte[] write(List<StockRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (Column c : Column.values()) {
            header.add(c.header);
        }
        line(out, header);
        for (StockRow r : rows) {
            line(out, List.of(r.code(), r.sku() == null ? "" : r.sku(), r.name(),
                    r.variantLabel() == null ? "" : r.variantLabel(), Long.toString(r.priceVnd()),
                    Integer.toString(r.stock()), Integer.toString(r.threshold())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell holding a separator, a quote or a line break, and one a spreadsheet would run as a formula. */
    static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Reads a file: UTF-8 (with or without a byte-order mark), a header line naming the columns, then the data lines. */
    static Parsed read(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
        } catch (CharacterCodingException e) {
            return Parsed.failed(FieldError.of("file", "product.csv.notUtf8"));
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        char separator = first.chars().filter(ch -> ch == ';').count() > first.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        if (!cells(text, separator, records, numbers)) {
            return Parsed.failed(FieldError.of("file", "product.csv.unclosedQuote"));
        }
        if (records.isEmpty()) {
            return Parsed.failed(FieldError.of("file", "product.csv.empty"));
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        List<String> header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            for (Column c : Column.values()) {
                if (c.header.equals(name)) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        if (!index.containsKey(Column.CODE) || !(index.containsKey(Column.PRICE) || index.containsKey(Column.STOCK)
                || index.containsKey(Column.THRESHOLD))) {
            return Parsed.failed(FieldError.of("file", "product.csv.header"));
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            index.forEach((c, i) -> values.put(c, i < cells.size() ? cells.get(i) : ""));
            lines.add(new Line(numbers.get(r), values));
        }
        return new Parsed(lines, Optional.empty());
    }

    /** Splits the text into records of cells; false when a quoted cell is never closed. */
    private static boolean cells(String text, char separator, List<List<String>> records, List<Integer> numbers) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                numbers.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            return false;
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            numbers.add(recordLine);
        }
        return true;
    }

    /** A cell without the quote a writer put before a formula-like value. */
    static String unguarded(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
