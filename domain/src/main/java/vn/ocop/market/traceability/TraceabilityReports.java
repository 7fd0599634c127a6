package vn.ocop.market.traceability;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.media.MediaPaths;
import vn.ocop.market.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Officers' traceability reports: the minimum data of Circular 02/2024/TT-BKHCN per batch (product
 * name and photo, producer name and address, each stage with the trace code, location code and
 * time, the trace code and shelf life), as CSV (one row per stage) and JSON, for the national
 * portal; and the certified products that have no traceable batch.
 */
@Singleton
public class TraceabilityReports {

    /** The most batches one export holds. */
    public static final int MAX_BATCHES = 20_000;
    private static final int PAGE = 500;
    static final List<String> CSV_HEADER = List.of("trace_code", "digital_link", "gtin", "lot", "serial",
            "product_name", "variant", "product_photo", "producer_name", "producer_address", "province", "commune",
            "production_date", "best_before", "shelf_life_days", "quantity", "status", "origin", "origin_code",
            "standards", "stage", "stage_time", "stage_location_code", "stage_province", "stage_commune");

    /** One row of a stage-by-stage export. */
    record Stage(String step, String time, String locationCode, String province, String commune) {
    }

    private final ReportRepository reports;
    private final TraceEventRepository events;
    private final Clock clock;

    TraceabilityReports(ReportRepository reports, TraceEventRepository events, Clock clock) {
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the certified products (3★ or more, valid now) with no active batch, by province. */
    @Transactional(readOnly = true)
    public List<UntracedProduct> untraced(SignedInUser officer, int offset, int limit) {
        requireOfficer(officer);
        return reports.untraced(clock.instant(), Math.max(0, offset), Math.max(0, limit)).stream()
                .map(u -> new UntracedProduct(u.productId(), u.productName(), u.producerId(), u.producerName(),
                        u.province(), u.stars())).toList();
    }

    @Transactional(readOnly = true)
    public long countUntraced(SignedInUser officer) {
        requireOfficer(officer);
        return reports.countUntraced(clock.instant());
    }

    /** The Circular 02 data as CSV (UTF-8 with a byte-order mark, for spreadsheets), one row per stage. */
    @Transactional(readOnly = true)
    public byte[] circular02Csv(SignedInUser officer) {
        requireOfficer(officer);
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", CSV_HEADER)).append("\r\n");
        for (ReportRepository.BatchFacts f : facts()) {
            List<Stage> stages = stages(f.batchId());
            for (Stage s : stages.isEmpty() ? List.of(new Stage("", "", "", "", "")) : stages) {
                List<String> row = List.of(traceCode(f), DigitalLinkPaths.batch(f.gtin(), f.lot()), f.gtin(), f.lot(), "",
                        f.productName(), n(f.variantLabel()), f.coverKey() == null ? "" : MediaPaths.url(f.coverKey()),
                        f.producerName(), n(f.address()), f.province(), n(f.commune()), f.productionDate().toString(),
                        f.bestBefore().toString(), String.valueOf(shelfLife(f)), String.valueOf(f.quantity()),
                        f.status(), n(f.originText()), n(f.originCode()), n(f.standards()), s.step(), s.time(),
                        s.locationCode(), s.province(), s.commune());
                out.append(String.join(",", row.stream().map(TraceabilityReports::csv).toList())).append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Circular 02 data as JSON: one object per batch with its stages. */
    @Transactional(readOnly = true)
    public byte[] circular02Json(SignedInUser officer) {
        requireOfficer(officer);
        ObjectNode root = EpcisJson.MAPPER.createObjectNode();
        root.put("standard", "Circular 02/2024/TT-BKHCN");
        root.put("generatedAt", clock.instant().toString());
        ArrayNode list = root.putArray("batches");
        for (ReportRepository.BatchFacts f : facts()) {
            ObjectNode b = list.addObject();
            b.put("traceCode", traceCode(f));
            b.put("digitalLink", DigitalLinkPaths.batch(f.gtin(), f.lot()));
            b.put("gtin", f.gtin());
            b.put("lot", f.lot());
            ObjectNode product = b.putObject("product");
            product.put("id", f.productId());
            product.put("name", f.productName());
            product.put("variant", f.variantLabel());
            product.put("photo", f.coverKey() == null ? null : MediaPaths.url(f.coverKey()));
            ObjectNode producer = b.putObject("producer");
            producer.put("id", f.producerId());
            producer.put("name", f.producerName());
            producer.put("address", f.address());
            producer.put("province", f.province());
            producer.put("commune", f.commune());
            b.put("productionDate", f.productionDate().toString());
            b.put("bestBefore", f.bestBefore().toString());
            b.put("shelfLifeDays", shelfLife(f));
            b.put("quantity", f.quantity());
            b.put("status", f.status());
            b.put("origin", f.originText());
            b.put("originCode", f.originCode());
            b.put("standards", f.standards());
            ArrayNode stages = b.putArray("stages");
            for (Stage s : stages(f.batchId())) {
                ObjectNode o = stages.addObject();
                o.put("step", s.step());
                o.put("time", s.time());
                o.put("locationCode", s.locationCode());
                o.put("province", s.province());
                o.put("commune", s.commune());
            }
        }
        return EpcisJson.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private List<ReportRepository.BatchFacts> facts() {
        List<ReportRepository.BatchFacts> all = new ArrayList<>();
        for (int offset = 0; offset < MAX_BATCHES; offset += PAGE) {
            List<ReportRepository.BatchFacts> page = reports.facts(offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        return all;
    }

    private List<Stage> stages(long batchId) {
        return events.ofBatch(batchId).stream().map(e -> new Stage(n(e.step()), e.localTime().toString(),
                e.gln() != null ? e.gln() : n(e.readPoint()), n(e.province()), n(e.commune()))).toList();
    }

    /** The GS1 element string of the batch, {@code (01)…(10)…}: the trace code printed under its QR code. */
    private static String traceCode(ReportRepository.BatchFacts f) {
        return "(01)" + f.gtin() + "(10)" + f.lot();
    }

    private static long shelfLife(ReportRepository.BatchFacts f) {
        return ChronoUnit.DAYS.between(f.productionDate(), f.bestBefore());
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    /** A CSV field, quoted when it must be; a leading formula character is neutralised for spreadsheets. */
    static String csv(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9].*")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void requireOfficer(SignedInUser user) {
        if (user == null || !user.hasRole(Role.OFFICER)) {
            throw InvalidInputException.of("user", "traceability.officersOnly");
        }
    }
}
