package vn.ocop.market.region;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.region.AdminUnitsFile.ProvinceRow;
import vn.ocop.market.region.AdminUnitsFile.WardRow;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.VietnameseOrder;
import vn.ocop.market.shared.VietnameseText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current administrative units: 34 provinces and their communes, wards and special zones,
 * read once at startup: by default the copy bundled with the project ({@code region/admin-units.tsv.gz},
 * generated from the reference JSON by {@code scripts/admin-units.py}); {@code ocop.admin-units.path}
 * (env {@code OCOP_ADMIN_UNITS}) names another file, the reference JSON or the compact format. With
 * {@value #NONE}, or a file that is not there, the provinces still come from {@link Provinces},
 * {@link #available()} is false, there is no commune list and an address's commune is free text.
 */
@Singleton
public class AdminUnits {

    /** The field names used in {@link #validate}'s errors. */
    public static final String PROVINCE_FIELD = "province";
    public static final String COMMUNE_FIELD = "commune";
    /** Longest free-text commune, the size of the address columns. */
    public static final int FREE_TEXT_COMMUNE_MAX = 120;
    /** The path value that turns the commune list off. */
    public static final String NONE = "none";

    private static final Logger LOG = LoggerFactory.getLogger(AdminUnits.class);

    private final Provinces provinces;
    private final boolean available;
    private final Map<String, AdminProvince> provinceByCode = new LinkedHashMap<>();
    private final Map<String, AdminProvince> provinceByFoldedName = new HashMap<>();
    private final Map<String, List<Commune>> communesByProvince = new HashMap<>();
    private final Map<String, Commune> communeByCode = new HashMap<>();
    private final Map<String, Map<String, Commune>> communeByFoldedName = new HashMap<>();
    private final List<AdminProvince> sorted;

    @Inject
    AdminUnits(@Value("${ocop.admin-units.path:}") String path, Provinces provinces, ObjectMapper json) {
        this.provinces = provinces;
        String configured = path == null ? "" : path.trim();
        List<ProvinceRow> rows = null;
        if (configured.isEmpty()) {
            rows = AdminUnitsFile.readBundled();
            configured = "the project (" + AdminUnitsFile.BUNDLED + ")";
        } else if (configured.equalsIgnoreCase(NONE)) {
            LOG.info("ocop.admin-units.path is \"none\": communes are free text");
        } else if (!Files.isRegularFile(Path.of(configured))) {
            LOG.warn("Administrative units file {} not found: communes are free text", Path.of(configured).toAbsolutePath());
        } else {
            rows = AdminUnitsFile.read(Path.of(configured), json);
            configured = Path.of(configured).toAbsolutePath().toString();
        }
        this.available = rows != null;
        if (available) {
            rows.forEach(this::add);
            LOG.info("Administrative units: {} provinces, {} communes from {}", provinceByCode.size(),
                    communeByCode.size(), configured);
        } else {
            for (Province p : provinces.all()) {
                String en = plain(p.name());
                add(new ProvinceRow(p.code(), p.name(), en, p.name(), en, List.of()));
            }
        }
        this.sorted = provinceByCode.values().stream()
                .sorted(Comparator.comparing(AdminProvince::name, VietnameseOrder.NAMES)).toList();
    }

    /** Whether the commune list was loaded; when false, communes are free text. */
    public boolean available() {
        return available;
    }

    /** The 34 provinces in Vietnamese alphabetical order (An Giang, Bắc Ninh, Cà Mau, Cao Bằng, …). */
    public List<AdminProvince> provinces() {
        return sorted;
    }

    /** The province with this official two-digit code ("01" is Hà Nội). */
    public Optional<AdminProvince> province(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(provinceByCode.get(code.trim()));
    }

    /**
     * The current province for a current or former name, with or without diacritics or "Tỉnh"/"Thành
     * phố", or its English name: "Hà Giang" and "Tinh Ha Giang" give Tuyên Quang, "Hanoi" gives Hà Nội.
     */
    public Optional<AdminProvince> provinceNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<AdminProvince> byName = provinces.find(name).flatMap(p -> province(p.code()));
        return byName.or(() -> Optional.ofNullable(provinceByFoldedName.get(VietnameseText.fold(name.trim()))));
    }

    /** The communes, wards and special zones of a province in Vietnamese alphabetical order; empty without the file. */
    public List<Commune> communes(String provinceCode) {
        return provinceCode == null ? List.of() : communesByProvince.getOrDefault(provinceCode.trim(), List.of());
    }

    /** The commune with this official five-digit code; empty without the file. */
    public Optional<Commune> commune(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(communeByCode.get(code.trim()));
    }

    /** A commune of the province by its name or full name ("Tân Cương" or "Xã Tân Cương"), diacritics optional. */
    public Optional<Commune> communeNamed(String provinceCode, String name) {
        if (provinceCode == null || name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(communeByFoldedName.getOrDefault(provinceCode.trim(), Map.of())
                .get(VietnameseText.fold(name.trim())));
    }

    /**
     * What is wrong with an address's province code and commune, with Vietnamese and English messages;
     * empty when both are fine. With the file, {@code commune} is a commune code that must belong to the
     * province; without it, {@code commune} is the free-text name, required and at most 120 characters.
     */
    public List<FieldError> validate(String provinceCode, String commune) {
        List<FieldError> errors = new ArrayList<>();
        Optional<AdminProvince> province = province(provinceCode);
        if (provinceCode == null || provinceCode.isBlank()) {
            errors.add(FieldError.of(PROVINCE_FIELD, "region.province.required"));
        } else if (province.isEmpty()) {
            errors.add(FieldError.of(PROVINCE_FIELD, "region.province.unknownCode", provinceCode));
        }
        if (commune == null || commune.isBlank()) {
            errors.add(available
                    ? FieldError.of(COMMUNE_FIELD, "region.commune.choose")
                    : FieldError.of(COMMUNE_FIELD, "region.commune.enter"));
        } else if (!available) {
            if (commune.trim().length() > FREE_TEXT_COMMUNE_MAX) {
                errors.add(FieldError.of(COMMUNE_FIELD, "region.commune.tooLong", FREE_TEXT_COMMUNE_MAX));
            }
        } else {
            Optional<Commune> found = commune(commune);
            if (found.isEmpty()) {
                errors.add(FieldError.of(COMMUNE_FIELD, "region.commune.unknownCode", commune));
            } else if (province.isPresent() && !found.get().provinceCode().equals(province.get().code())) {
                errors.add(FieldError.of(COMMUNE_FIELD, "region.commune.notInProvince",
                        Localized.pick(found.get().fullName(), found.get().fullNameEn()),
                        Localized.pick(province.get().fullName(), province.get().fullNameEn())));
            }
        }
        return errors;
    }

    private void add(ProvinceRow row) {
        String nameEn = orElse(row.nameEn(), plain(row.name()));
        AdminProvince province = new AdminProvince(row.code(), row.name(), nameEn, orElse(row.fullName(), row.name()),
                orElse(row.fullNameEn(), nameEn));
        provinceByCode.put(province.code(), province);
        for (String name : List.of(province.name(), province.fullName(), province.nameEn(), province.fullNameEn())) {
            provinceByFoldedName.putIfAbsent(VietnameseText.fold(name), province);
        }
        List<Commune> communes = new ArrayList<>();
        Map<String, Commune> byName = new HashMap<>();
        for (WardRow w : row.wards() == null ? List.<WardRow>of() : row.wards()) {
            String wardEn = orElse(w.nameEn(), plain(w.name()));
            Commune c = new Commune(w.code(), w.name(), wardEn, orElse(w.fullName(), w.name()),
                    orElse(w.fullNameEn(), wardEn), orElse(w.provinceCode(), row.code()),
                    orElse(w.unitType(), ""), orElse(w.unitTypeEn(), ""));
            communes.add(c);
            communeByCode.put(c.code(), c);
            byName.putIfAbsent(VietnameseText.fold(c.fullName()), c);
            byName.putIfAbsent(VietnameseText.fold(c.name()), c);
        }
        communes.sort(Comparator.comparing(Commune::name, VietnameseOrder.NAMES));
        communesByProvince.put(province.code(), List.copyOf(communes));
        communeByFoldedName.put(province.code(), byName);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** "Hà Nội" as "Ha Noi", for an English name the file does not give. */
    private static String plain(String name) {
        String folded = VietnameseText.fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            boolean start = i == 0 || folded.charAt(i - 1) == ' ';
            out.append(start ? Character.toUpperCase(folded.charAt(i)) : folded.charAt(i));
        }
        return out.toString();
    }
}
