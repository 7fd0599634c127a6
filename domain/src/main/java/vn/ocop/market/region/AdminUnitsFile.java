package vn.ocop.market.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the administrative units, either the project's own compact file (tab-separated, optionally
 * gzipped, written by {@code scripts/admin-units.py}; the one bundled as {@value #BUNDLED}) or the
 * reference JSON: an array of provinces ({@code Code, Name, NameEn, FullName,
 * FullNameEn}), each with its {@code Wards} ({@code Code, Name, …, ProvinceCode,
 * AdministrativeUnitShortName}). Fields the market does not use are ignored.
 */
final class AdminUnitsFile {

    /** The units shipped with the project, generated from the reference JSON. */
    static final String BUNDLED = "/region/admin-units.tsv.gz";

    @Serdeable
    record ProvinceRow(@JsonProperty("Code") String code,
                       @JsonProperty("Name") String name,
                       @JsonProperty("NameEn") @Nullable String nameEn,
                       @JsonProperty("FullName") @Nullable String fullName,
                       @JsonProperty("FullNameEn") @Nullable String fullNameEn,
                       @JsonProperty("Wards") @Nullable List<WardRow> wards) {
    }

    @Serdeable
    record WardRow(@JsonProperty("Code") String code,
                   @JsonProperty("Name") String name,
                   @JsonProperty("NameEn") @Nullable String nameEn,
                   @JsonProperty("FullName") @Nullable String fullName,
                   @JsonProperty("FullNameEn") @Nullable String fullNameEn,
                   @JsonProperty("ProvinceCode") @Nullable String provinceCode,
                   @JsonProperty("AdministrativeUnitShortName") @Nullable String unitType,
                   @JsonProperty("AdministrativeUnitShortNameEn") @Nullable String unitTypeEn) {
    }

    private AdminUnitsFile() {
    }

    /** The file's units: the compact format when its name ends in .tsv or .tsv.gz, else the reference JSON. */
    static List<ProvinceRow> read(Path file, ObjectMapper json) {
        String name = file.getFileName().toString();
        if (name.endsWith(".tsv") || name.endsWith(".tsv.gz")) {
            try (InputStream in = Files.newInputStream(file)) {
                return readCompact(name.endsWith(".gz") ? new GZIPInputStream(in) : in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the administrative units in " + file, e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<ProvinceRow> rows = json.readValue(in, Argument.listOf(ProvinceRow.class));
            if (rows == null || rows.isEmpty()) {
                throw new IllegalStateException("No provinces in " + file);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the administrative units in " + file, e);
        }
    }

    /** The units bundled with the project. */
    static List<ProvinceRow> readBundled() {
        try (InputStream in = AdminUnitsFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return readCompact(new GZIPInputStream(in), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the administrative units in " + BUNDLED, e);
        }
    }

    /** "P" lines are provinces, "C" lines communes of the province above; "#" lines are comments. */
    static List<ProvinceRow> readCompact(InputStream in, String source) throws IOException {
        List<ProvinceRow> provinces = new ArrayList<>();
        List<WardRow> wards = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("P") && f.length == 6) {
                wards = new ArrayList<>();
                provinces.add(new ProvinceRow(f[1], f[2], f[3], f[4], f[5], wards));
            } else if (f[0].equals("C") && f.length == 8 && wards != null) {
                String provinceCode = provinces.getLast().code();
                wards.add(new WardRow(f[1], f[2], f[3], f[4], f[5], provinceCode, f[6], f[7]));
            } else {
                throw new IllegalStateException("Line " + number + " of " + source + " is not a province or commune");
            }
        }
        if (provinces.isEmpty()) {
            throw new IllegalStateException("No provinces in " + source);
        }
        return provinces;
    }
}
