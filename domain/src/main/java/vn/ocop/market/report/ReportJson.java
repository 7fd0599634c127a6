package vn.ocop.market.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a JSON tree: its name, parameters and headline figures at the top level, then its
 * sections with the same tables the spreadsheet and the PDF show (raw values: counts and VND as whole
 * numbers, shares as ratios, days as ISO dates).
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> tree(ReportModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", model.name());
        out.put("title", model.title());
        ReportParameters p = model.parameters();
        if (p.province() != null) {
            out.put("province", p.provinceName());
        }
        out.put("from", p.from().toString());
        out.put("to", p.to().toString());
        out.put("generatedAt", model.generatedAt().toString());
        out.putAll(model.figures());
        List<Object> sections = new ArrayList<>();
        for (ReportSection section : model.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("title", section.title());
            List<Object> tables = new ArrayList<>();
            for (ReportTable table : section.tables()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("key", table.key());
                t.put("title", table.title());
                t.put("columns", table.columns());
                t.put("rows", table.rows().stream().map(ReportJson::raw).toList());
                if (table.totals() != null) {
                    t.put("totals", raw(table.totals()));
                }
                tables.add(t);
            }
            s.put("tables", tables);
            sections.add(s);
        }
        out.put("sections", sections);
        return out;
    }

    private static List<Object> raw(List<ReportCell> cells) {
        List<Object> values = new ArrayList<>(cells.size());
        cells.forEach(c -> values.add(c.raw()));
        return values;
    }
}
