package vn.ocop.market.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the administrative-units JSON: an array of provinces ({@code Code, Name, NameEn, FullName,
 * FullNameEn}), each with its {@code Wards} ({@code Code, Name, …, ProvinceCode,
 * AdministrativeUnitShortName}). Fields the market does not use are ignored.
 */
final class AdminUnitsFile {

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

    static List<ProvinceRow> read(Path file, ObjectMapper json) {
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
}
