package vn.ocop.market.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.OfficerProvinces;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.apiclient.IssuedCredential;
import vn.ocop.market.report.CellText;
import vn.ocop.market.report.OcopProgressReport;
import vn.ocop.market.report.RenderedReport;
import vn.ocop.market.report.Report;
import vn.ocop.market.report.ReportAccess;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.ReportJob;
import vn.ocop.market.report.ReportJobs;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Vnd;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The six-monthly progress report counted against a province's catalog and orders made here, the
 * storefront's own listing, its three renderings read back, and the admin API that serves it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressReportTest implements TestEnvironment {

    @Inject ProgressFixtures progress;
    @Inject Reports reports;
    @Inject ReportJobs jobs;
    @Inject ReportAccess access;
    @Inject OfficerProvinces officerProvinces;
    @Inject Accounts accounts;
    @Inject ApiClients clients;
    @Inject JsonMapper json;
    @Inject EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, Object> before;
    private Map<String, Object> after;

    @BeforeAll
    void world() {
        before = tree(ProgressFixtures.PROVINCE);
        progress.make();
        after = tree(ProgressFixtures.PROVINCE);
    }

    @Test
    void countsTheProductsCertificatesProducersAndOrdersMadeInTheProvince() {
        assertEquals(4, delta("listedProducts", "total"), "tea, honey, ginseng and the one ending soon; not 2★ nor revoked");
        assertEquals(1, delta("listedProducts", "byStars", "3"));
        assertEquals(2, delta("listedProducts", "byStars", "4"));
        assertEquals(1, delta("listedProducts", "byStars", "5"));
        assertEquals(3, delta("listedProducts", "byGroup", "FOOD"));
        assertEquals(1, delta("listedProducts", "byGroup", "HERBAL"));
        assertEquals(1, delta("listedProducts", "byLevel", "NATIONAL"));
        assertEquals(4, delta("certifiedProducts", "total"));
        assertEquals(1, delta("expiringWithin30Days"));
        assertEquals(1, delta("expiringWithin60Days"));
        assertEquals(1, delta("expiringWithin90Days"));
        assertEquals(1, delta("revokedInPeriod"));
        assertEquals(2, delta("producers", "total"));
        assertEquals(1, delta("producers", "certified"), "B has no certified product");
        assertEquals(1, delta("producers", "sellingOnline"));
        assertEquals(1, delta("producers", "withOrders"));
        assertEquals(0.8, ((Number) at(after, "producers", "target")).doubleValue(), 1e-9);
        assertEquals(1, delta("orders", "count"), "the unconfirmed cash order does not count");
        assertEquals(200_000, delta("orders", "revenueVnd"));
        assertEquals(1, delta("orders", "byGroup", "FOOD", "orders"));
        assertEquals(2, delta("orders", "byGroup", "FOOD", "units"));
        // Another province's report does not move.
        Map<String, Object> elsewhere = tree("Điện Biên");
        assertEquals(elsewhere.get("listedProducts"), tree("Điện Biên").get("listedProducts"));
    }

    @Test
    void listedProductsAreWhatTheStorefrontApiLists() throws Exception {
        long listed = ((Number) at(after, "listedProducts", "total")).longValue();
        long shown = -1;
        // The search index follows the catalog through the outbox within moments.
        for (int i = 0; i < 100 && shown != listed; i++) {
            HttpResponse<String> page = get("/api/products?size=1&province=" + encode(ProgressFixtures.PROVINCE), null);
            shown = ((Number) json.readValue(page.body(), Map.class).get("total")).longValue();
            if (shown != listed) {
                Thread.sleep(100);
            }
        }
        assertEquals(listed, shown);
    }

    @Test
    void jsonSpreadsheetAndPdfHoldTheSameNumbers() throws Exception {
        ReportParameters parameters = reports.parameters(ProgressFixtures.PROVINCE, null, null);
        ReportModel model = reports.generate(OcopProgressReport.NAME, parameters, Messages.VIETNAMESE, Report.Progress.NONE);
        Map<String, Object> tree = json.readValue(reports.render(model, ReportFormat.JSON).bytes(), Map.class);
        long stars4 = ((Number) at(tree, "listedProducts", "byStars", "4")).longValue();
        long listed = ((Number) at(tree, "listedProducts", "total")).longValue();
        long certified = ((Number) at(tree, "certifiedProducts", "total")).longValue();
        long revenue = ((Number) at(tree, "orders", "revenueVnd")).longValue();
        long expiring = ((Number) tree.get("expiringWithin90Days")).longValue();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(reports.render(model, ReportFormat.XLSX).bytes()))) {
            Sheet products = book.getSheet("Sản phẩm OCOP");
            Row fourStars = rowStarting(products, "4 sao");
            assertEquals(stars4, (long) fourStars.getCell(2).getNumericCellValue());
            Row total = rowStarting(products, "Tổng cộng");
            assertEquals(certified, (long) total.getCell(1).getNumericCellValue());
            assertEquals(listed, (long) total.getCell(2).getNumericCellValue());
            assertEquals("#,##0", total.getCell(2).getCellStyle().getDataFormatString());
            Row ending = rowStarting(book.getSheet("Giấy chứng nhận"), "Hết hạn trong 90 ngày tới");
            assertEquals(expiring, (long) ending.getCell(1).getNumericCellValue());
            Row revenueTotal = rowStarting(book.getSheet("Đơn hàng và doanh thu"), "Tổng cộng");
            assertEquals(revenue, (long) revenueTotal.getCell(2).getNumericCellValue());
            assertTrue(revenueTotal.getCell(2).getCellStyle().getDataFormatString().contains("₫"));
        }

        String text;
        try (PDDocument pdf = Loader.loadPDF(reports.render(model, ReportFormat.PDF).bytes())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("Báo cáo tiến độ Chương trình OCOP"), text);
        assertTrue(text.contains("Lai Châu"), "Vietnamese text as typed: " + text);
        assertTrue(text.contains("4 sao " + stars4 + " ") || text.contains("4 sao ") && text.contains(" " + stars4), text);
        assertTrue(text.contains("Tổng cộng " + CellText.count(certified) + " " + CellText.count(listed)), text);
        assertTrue(text.contains("Hết hạn trong 90 ngày tới " + CellText.count(expiring)), text);
        assertTrue(text.contains("Tổng cộng " + CellText.count(((Number) at(tree, "orders", "count")).longValue()) + " "
                + Vnd.format(revenue)), text);
    }

    @Test
    void aReportGeneratedInTheBackgroundReportsProgressAndEndsWithTheFile() {
        ReportJob job = jobs.start(OcopProgressReport.NAME, reports.parameters(null, null, null), ReportFormat.PDF,
                Messages.VIETNAMESE);
        RenderedReport file = job.await();
        assertEquals(1.0, job.progress());
        assertTrue(file.fileName().startsWith("ocop-progress-vn-") && file.fileName().endsWith(".pdf"), file.fileName());
        assertTrue(new String(file.bytes(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals(job, jobs.find(job.id()).orElseThrow());
    }

    @Test
    void badParametersAreRefusedWithTheirField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> reports.parameters("Tỉnh Không Có", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 1)));
        assertEquals("province", refused.errors().get(0).field());
        assertEquals("report.province.unknown", refused.errors().get(0).code());
        assertEquals("from", refused.errors().get(1).field());
        assertEquals("report.period.reversed", refused.errors().get(1).code());
        assertEquals("Tuyên Quang", reports.parameters("ha giang", null, null).provinceName(), "a former name finds its province");
    }

    @Test
    void anOfficerIsHeldToTheirProvinceWhateverTheyAskAndAProducerIsRefused() {
        SignedInUser admin = new SignedInUser(1, "quantri@ocop.test", "Quản trị", Role.ADMIN, null);
        SignedInUser officer = accounts.create("canbo-" + System.nanoTime() + "@ocop.test", "mat-khau-dai-du", "Cán bộ Lai Châu",
                Role.OFFICER, null);
        assertEquals("Hà Nội", access.parameters(officer, "Hà Nội", null, null).provinceName(), "none assigned: any province");
        officerProvinces.assign(admin, officer.id(), "Lai Châu");
        assertEquals("Lai Châu", access.parameters(officer, "Hà Nội", null, null).provinceName());
        assertEquals("Lai Châu", access.parameters(officer, null, null, null).provinceName());
        assertEquals("Hà Nội", access.parameters(admin, "Hà Nội", null, null).provinceName());
        assertThrows(SecurityException.class, () -> officerProvinces.assign(officer, officer.id(), "Hà Nội"));
        assertThrows(SecurityException.class, () -> access.parameters(
                new SignedInUser(9, "sx@ocop.test", "Chủ thể", Role.PRODUCER, 1L), null, null, null));
    }

    @Test
    void theAdminApiServesTheThreeFormatsToAClientWithTheReportsScope() throws Exception {
        IssuedCredential reader = clients.create("Cổng thống kê Lai Châu " + System.nanoTime(), EnumSet.of(ApiScope.REPORTS_READ),
                "quantri@ocop.test");
        IssuedCredential writer = clients.create("Hệ thống chứng nhận " + System.nanoTime(), EnumSet.of(ApiScope.CERTIFICATES_WRITE),
                "quantri@ocop.test");
        String path = "/api/admin/reports/ocop-progress";
        String query = "?province=" + encode(ProgressFixtures.PROVINCE) + "&from=2026-01-01&to=2026-06-30";

        HttpResponse<String> body = get(path + ".json" + query, reader.bearerToken());
        assertEquals(200, body.statusCode(), body.body());
        Map<String, Object> tree = json.readValue(body.body(), Map.class);
        assertEquals("Lai Châu", tree.get("province"));
        assertEquals("2026-01-01", tree.get("from"));
        assertEquals(json.readValue(json.writeValueAsBytes(after.get("listedProducts")), Map.class), tree.get("listedProducts"),
                "the listing is now, whatever the period");

        HttpResponse<byte[]> xlsx = http.send(request(path + ".xlsx" + query, reader.bearerToken()), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals(ReportFormat.XLSX.contentType(), xlsx.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("attachment; filename=\"ocop-progress-"), xlsx.headers().toString());
        HttpResponse<byte[]> pdf = http.send(request(path + ".PDF" + query, reader.bearerToken()), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        assertEquals(403, get(path + ".json", writer.bearerToken()).statusCode());
        assertEquals(401, get(path + ".json", null).statusCode());
        assertEquals(404, get("/api/admin/reports/khong-co.json", reader.bearerToken()).statusCode());
        assertEquals(404, get(path + ".csv", reader.bearerToken()).statusCode());
        HttpResponse<String> bad = get(path + ".json?province=" + encode("Tỉnh Không Có"), reader.bearerToken());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"province\"") && bad.body().contains("report.province.unknown"), bad.body());
        assertEquals(400, get(path + ".json?from=2026-13-01", reader.bearerToken()).statusCode());
    }

    private Map<String, Object> tree(String province) {
        return reports.tree(reports.generate(OcopProgressReport.NAME, reports.parameters(province, null, null),
                Messages.VIETNAMESE, Report.Progress.NONE));
    }

    private long delta(String... path) {
        return ((Number) at(after, path)).longValue() - ((Number) at(before, path)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> tree, String... path) {
        Object value = tree;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    private static Row rowStarting(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private HttpRequest request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
