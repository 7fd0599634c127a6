package vn.ocop.market.report;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports by name, and their renderings (XLSX, PDF, JSON) with the same numbers in each. Who may
 * ask for which province is decided before: the admin API by scope, the console by {@link ReportAccess}.
 */
@Singleton
public class Reports {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockFactory.VIETNAM);

    private final Map<String, Report> byName;
    private final Provinces provinces;
    private final Clock clock;
    private final JsonMapper json;

    Reports(List<Report> reports, Provinces provinces, Clock clock, JsonMapper json) {
        this.byName = reports.stream().collect(Collectors.toMap(Report::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two reports named " + a.name());
        }));
        this.provinces = provinces;
        this.clock = clock;
        this.json = json;
    }

    /** Every report, by name. */
    public List<Report> all() {
        return byName.values().stream().sorted(Comparator.comparing(Report::name)).toList();
    }

    public Optional<Report> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Checked parameters: a province by its current or former name (blank: the whole country), a
     * period defaulting to the six months up to today. Every problem is reported at once.
     */
    public ReportParameters parameters(String province, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        Province p = null;
        if (province != null && !province.isBlank()) {
            p = provinces.find(province).orElse(null);
            if (p == null) {
                errors.add(FieldError.of("province", "report.province.unknown", province.strip()));
            }
        }
        LocalDate end = to != null ? to : VietnameseDates.today(clock);
        LocalDate start = from != null ? from : end.minusMonths(6).plusDays(1);
        if (start.isAfter(end)) {
            errors.add(FieldError.of("from", "report.period.reversed"));
        } else if (ChronoUnit.DAYS.between(start, end) >= ReportParameters.MAX_DAYS) {
            errors.add(FieldError.of("to", "report.period.tooLong", ReportParameters.MAX_DAYS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReportParameters(p, start, end);
    }

    /** Computes a report; an unknown name is not found. */
    public ReportModel generate(String name, ReportParameters parameters, Locale locale, Report.Progress progress) {
        Report report = find(name).orElseThrow(() -> new NotFoundException("No report " + name));
        return report.generate(parameters, locale, progress);
    }

    /** Computes and renders a report in one go. */
    public RenderedReport render(String name, ReportParameters parameters, ReportFormat format, Locale locale) {
        return render(generate(name, parameters, locale, Report.Progress.NONE), format);
    }

    /** Renders a computed report. */
    public RenderedReport render(ReportModel model, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case XLSX -> ReportWorkbook.write(model, subtitle(model), out);
            case PDF -> ReportPdf.write(model, subtitle(model),
                    Messages.text(model.locale(), "report.generated", GENERATED.format(model.generatedAt())), out);
            case JSON -> {
                try {
                    out.writeBytes(json.writeValueAsBytes(ReportJson.tree(model)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new RenderedReport(fileName(model, format), format, out.toByteArray());
    }

    /** The report's JSON tree, as {@code .json} renders it. */
    public Map<String, Object> tree(ReportModel model) {
        return ReportJson.tree(model);
    }

    /** "Tuyên Quang · 01/01/2026 – 30/06/2026" (or the whole country). */
    public static String subtitle(ReportModel model) {
        ReportParameters p = model.parameters();
        String where = p.province() == null ? Messages.text(model.locale(), "report.country") : p.province().name();
        return Messages.text(model.locale(), "report.subtitle", where, VietnameseDates.day(p.from()),
                VietnameseDates.day(p.to()));
    }

    /** ocop-progress-tuyen-quang-2026-01-01-2026-06-30.xlsx: ASCII, so every browser saves it as named. */
    static String fileName(ReportModel model, ReportFormat format) {
        ReportParameters p = model.parameters();
        String where = p.province() == null ? "vn" : p.province().code();
        return model.name() + "-" + where + "-" + p.from() + "-" + p.to() + "." + format.extension();
    }
}
