package vn.ocop.market.region;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminUnitsTest {

    private static final Provinces PROVINCES = new Provinces();
    private static final AdminUnits UNITS =
            new AdminUnits(SharedData.adminUnits().toString(), PROVINCES, ObjectMapper.getDefault());
    private static final AdminUnits WITHOUT_FILE = new AdminUnits(AdminUnits.NONE, PROVINCES, ObjectMapper.getDefault());
    private static final AdminUnits BUNDLED = new AdminUnits("", PROVINCES, ObjectMapper.getDefault());

    /** The bundled copy is generated from the reference file: every province and commune must come out the same. */
    @Test
    void theBundledUnitsAreTheReferenceFilesUnitForUnit() {
        assertTrue(BUNDLED.available());
        assertEquals(UNITS.provinces(), BUNDLED.provinces());
        int communes = 0;
        for (AdminProvince province : UNITS.provinces()) {
            assertEquals(UNITS.communes(province.code()), BUNDLED.communes(province.code()), province.name());
            communes += BUNDLED.communes(province.code()).size();
        }
        assertEquals(3321, communes);
        assertEquals(UNITS.commune("00004"), BUNDLED.commune("00004"));
        assertEquals("08", BUNDLED.provinceNamed("Hà Giang").orElseThrow().code());
        assertEquals(UNITS.communeNamed("19", "Tân Cương"), BUNDLED.communeNamed("19", "Tân Cương"));
    }

    @Test
    void aConfiguredCompactFileIsReadLikeTheBundledOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path copy = dir.resolve("units.tsv.gz");
        try (java.io.InputStream in = AdminUnits.class.getResourceAsStream("/region/admin-units.tsv.gz")) {
            java.nio.file.Files.copy(in, copy);
        }
        AdminUnits fromFile = new AdminUnits(copy.toString(), PROVINCES, ObjectMapper.getDefault());
        assertEquals(BUNDLED.provinces(), fromFile.provinces());
        assertEquals(BUNDLED.communes("01"), fromFile.communes("01"));
    }

    @Test
    void loadsThirtyFourProvincesAndTheirCommunes() {
        assertTrue(UNITS.available());
        assertEquals(34, UNITS.provinces().size());
        assertEquals(3321, UNITS.provinces().stream().mapToInt(p -> UNITS.communes(p.code()).size()).sum());
        AdminProvince hanoi = UNITS.province("01").orElseThrow();
        assertEquals("Hà Nội", hanoi.name());
        assertEquals("Hanoi", hanoi.nameEn());
        assertEquals("Thành phố Hà Nội", hanoi.fullName());
        Commune baDinh = UNITS.commune("00004").orElseThrow();
        assertEquals("Phường Ba Đình", baDinh.fullName());
        assertEquals("01", baDinh.provinceCode());
        assertEquals("Phường", baDinh.unitType());
        assertEquals("Ward", baDinh.unitTypeEn());
    }

    @Test
    void provincesAndCommunesAreInVietnameseAlphabeticalOrder() {
        List<String> names = UNITS.provinces().stream().map(AdminProvince::name).toList();
        assertEquals(List.of("An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ"), names.subList(0, 5));
        assertTrue(names.indexOf("Hà Nội") < names.indexOf("Hải Phòng"));
        assertTrue(names.indexOf("Đồng Tháp") < names.indexOf("Gia Lai"));
        assertTrue(names.indexOf("Điện Biên") > names.indexOf("Đà Nẵng"));
        List<String> communes = UNITS.communes("01").stream().map(Commune::name).toList();
        assertEquals(List.of("An Khánh", "Ba Đình", "Ba Vì", "Bạch Mai"), communes.subList(0, 4));
        assertTrue(communes.indexOf("Dương Nội") < communes.indexOf("Đa Phúc"));
    }

    @Test
    void findsTheCurrentProvinceByCurrentFormerOrEnglishName() {
        assertEquals("08", UNITS.provinceNamed("Hà Giang").orElseThrow().code());
        assertEquals("08", UNITS.provinceNamed("tinh ha giang").orElseThrow().code());
        assertEquals("38", UNITS.provinceNamed("Thanh Hóa").orElseThrow().code());
        assertEquals("Thanh Hoá", UNITS.provinceNamed("Thanh Hóa").orElseThrow().name());
        assertEquals("79", UNITS.provinceNamed("Bà Rịa - Vũng Tàu").orElseThrow().code());
        assertEquals("01", UNITS.provinceNamed("Hanoi").orElseThrow().code());
        assertEquals("31", UNITS.provinceNamed("Haiphong City").orElseThrow().code());
        assertEquals("46", UNITS.provinceNamed("Thừa Thiên Huế").orElseThrow().code());
        assertTrue(UNITS.provinceNamed("Atlantis").isEmpty());
        assertTrue(UNITS.provinceNamed(" ").isEmpty());
    }

    @Test
    void findsACommuneOfAProvinceByName() {
        String tnguyen = UNITS.provinceNamed("Thái Nguyên").orElseThrow().code();
        Commune tanCuong = UNITS.communeNamed(tnguyen, "Xã Tân Cương").orElseThrow();
        assertEquals(tanCuong, UNITS.communeNamed(tnguyen, "tan cuong").orElseThrow());
        assertEquals(tnguyen, tanCuong.provinceCode());
        assertTrue(UNITS.communeNamed("01", "Tân Cương").isEmpty());
    }

    @Test
    void acceptsACommuneOfTheChosenProvince() {
        assertEquals(List.of(), UNITS.validate("01", "00004"));
    }

    @Test
    void rejectsACommuneOfAnotherProvince() {
        String elsewhere = UNITS.communes("79").getFirst().code();
        List<FieldError> errors = UNITS.validate("01", elsewhere);
        assertEquals(1, errors.size());
        assertEquals(AdminUnits.COMMUNE_FIELD, errors.getFirst().field());
        assertTrue(errors.getFirst().text(Messages.VIETNAMESE).endsWith("không thuộc Thành phố Hà Nội."),
                errors.getFirst().text(Messages.VIETNAMESE));
        assertTrue(errors.getFirst().text(Locale.ENGLISH).endsWith("is not in Hanoi City."),
                errors.getFirst().text(Locale.ENGLISH));
    }

    @Test
    void rejectsMissingOrUnknownCodes() {
        List<FieldError> missing = UNITS.validate(null, " ");
        assertEquals(List.of(AdminUnits.PROVINCE_FIELD, AdminUnits.COMMUNE_FIELD),
                missing.stream().map(FieldError::field).toList());
        assertEquals("Vui lòng chọn tỉnh/thành phố.", missing.get(0).text(Messages.VIETNAMESE));
        assertEquals("Please choose a commune or ward.", missing.get(1).text(Locale.ENGLISH));
        List<FieldError> unknown = UNITS.validate("99", "Xã Tân Cương");
        assertEquals(2, unknown.size());
        assertTrue(unknown.get(0).text(Locale.ENGLISH).contains("\"99\""));
        assertTrue(unknown.get(1).text(Messages.VIETNAMESE).contains("\"Xã Tân Cương\""));
    }

    @Test
    void withoutTheFileProvincesRemainAndTheCommuneIsFreeText() {
        assertFalse(WITHOUT_FILE.available());
        assertEquals(34, WITHOUT_FILE.provinces().size());
        assertEquals("Ha Noi", WITHOUT_FILE.province("01").orElseThrow().nameEn());
        assertEquals("08", WITHOUT_FILE.provinceNamed("Hà Giang").orElseThrow().code());
        assertTrue(WITHOUT_FILE.communes("01").isEmpty());
        assertTrue(WITHOUT_FILE.commune("00004").isEmpty());
        assertEquals(List.of(), WITHOUT_FILE.validate("19", "Xã Tân Cương"));
        assertEquals("Vui lòng nhập xã/phường.", WITHOUT_FILE.validate("19", "").getFirst().text(Messages.VIETNAMESE));
        assertEquals(1, WITHOUT_FILE.validate("19", "x".repeat(AdminUnits.FREE_TEXT_COMMUNE_MAX + 1)).size());
    }

    @Test
    void aMissingFileMeansNoCommuneList() {
        AdminUnits missing = new AdminUnits("/nonexistent/vn-admin-units.json", PROVINCES, ObjectMapper.getDefault());
        assertFalse(missing.available());
        assertEquals(34, missing.provinces().size());
    }
}
