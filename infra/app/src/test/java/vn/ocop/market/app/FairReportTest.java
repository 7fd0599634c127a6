package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.fair.FairReport;
import vn.ocop.market.fair.FairVouchers;
import vn.ocop.market.fair.Leads;
import vn.ocop.market.fair.VisitorInterest;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.Messages;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The post-fair report against what happened at a fair: visitors, check-ins, leads, orders on the
 * fair's days (not after), revenue of the booths' products only, and the voucher's discount; the
 * JSON, XLSX and PDF renderings carry the same numbers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairReportTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(7, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

    @Inject FairFixtures fairs;
    @Inject Fixtures fixtures;
    @Inject FairVouchers vouchers;
    @Inject Visitors visitors;
    @Inject Leads leads;
    @Inject Carts carts;
    @Inject Checkout checkout;
    @Inject Reports reports;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theReportCountsWhatHappenedAtTheFairAndEveryRenderingAgrees() throws Exception {
        // A fair on two days long past, so no other fair shares its period.
        LocalDate day = LocalDate.of(2026, 12, 3).minusDays(400 + ThreadLocalRandom.current().nextInt(1500));
        at(day, 9);
        long fair = fairs.fair("Hội chợ OCOP Ninh Bình", day, day.plusDays(1));
        long zone = fairs.zone(fair, "Khu sản phẩm 5 sao");
        Producer rice = fixtures.producer("HTX Gạo Kim Sơn", "Ninh Bình");
        Producer goat = fixtures.producer("HTX Dê núi Tam Điệp", "Ninh Bình");
        Product bag = certified(rice, "Gạo nếp cái hoa vàng", 100_000, day);
        Product notBrought = certified(rice, "Bánh đa", 50_000, day);
        Product jerky = certified(goat, "Dê khô", 70_000, day);
        long riceBooth = fairs.booth(fair, zone, rice, bag);
        long goatBooth = fairs.booth(fair, null, goat, jerky);
        String code = "NB" + fair;
        vouchers.create(OFFICER, new FairVouchers.NewVoucher(fair, code, "Giảm 20.000 ₫", null, 20_000L, null, 1_000_000, 1));

        Visitors.Badge an = register(fair, "Đỗ Văn An", "0912 100 200", "Hà Nội");
        Visitors.Badge binh = register(fair, "Vũ Thị Bình", "0912 100 201", "Hà Nội");
        register(fair, "Hoàng Cường", "0912 100 202", "Thái Nguyên");
        visitors.checkIn(OFFICER, an.code());
        visitors.checkIn(OFFICER, an.code());
        visitors.checkIn(OFFICER, binh.code());
        leads.scannedBooth(riceBooth, an.code());
        leads.scannedBadge(new SignedInUser(21, "gao@example.vn", "Kim Sơn", Role.PRODUCER, rice.id()), an.code());
        leads.scannedBooth(riceBooth, binh.code());
        leads.inquire(goatBooth, new Leads.Inquiry("Siêu thị Đặc sản Việt", "0243 111 2222", 200, "Giá sỉ 200 gói?"));

        buy(code, "an@example.vn", "0912100200", bag, 2);            // 200.000 ₫ of fair goods, 20.000 ₫ off
        buy(null, "binh@example.vn", "0912100201", bag, 1, notBrought); // 100.000 ₫ of fair goods; the rest is not
        at(day.plusDays(2), 10);
        buy(null, "cuong@example.vn", "0912100202", jerky, 1);        // after the fair: not counted

        ReportModel model = reports.generate(FairReport.NAME, new ReportParameters(null, day, day.plusDays(1)),
                Messages.VIETNAMESE, p -> { });
        Map<String, Object> json = reports.tree(model);
        assertEquals(1L, json.get("fairs"));
        assertEquals(2L, json.get("booths"));
        assertEquals(Map.of("registered", 3L, "checkedIn", 2L), json.get("visitors"));
        assertEquals(Map.of("leads", 2L, "inquiries", 1L), json.get("leads"));
        assertEquals(Map.of("count", 2L, "revenueVnd", 300_000L), json.get("orders"));
        assertEquals(Map.of("orders", 1L, "discountVnd", 20_000L), json.get("vouchers"));

        Set<Double> xlsx = numbers(reports.render(model, ReportFormat.XLSX).bytes());
        for (double n : new double[] {300_000, 20_000, 3, 2}) {
            assertTrue(xlsx.contains(n), n + " in the workbook: " + xlsx);
        }
        String pdf;
        try (var doc = Loader.loadPDF(reports.render(model, ReportFormat.PDF).bytes())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        for (String shown : new String[] {"300.000 ₫", "20.000 ₫", "Khu sản phẩm 5 sao", "Thái Nguyên", code}) {
            assertTrue(pdf.contains(shown), shown + " in the PDF");
        }
    }

    private void at(LocalDate day, int hour) {
        clock.freeze(day.atTime(hour, 0).atZone(ClockFactory.VIETNAM).toInstant());
    }

    private Product certified(Producer producer, String name, long price, LocalDate day) {
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, price);
        fixtures.certify(product, 80, day.minusMonths(1));
        return product;
    }

    private Visitors.Badge register(long fair, String name, String phone, String province) {
        return visitors.register(fair, new Visitors.Registration(name, phone, null, "01", province,
                VisitorInterest.SHOPPING, true));
    }

    private void buy(String code, String email, String phone, Product product, int quantity, Product... more) {
        String cart = Carts.newToken();
        carts.add(cart, product.id(), quantity);
        for (Product p : more) {
            carts.add(cart, p.id(), 1);
        }
        checkout.place(new PlaceOrder(Carts.newToken(), cart, null, new DeliveryAddress("Người mua", phone, email, null,
                "Hà Nội", null, "Phường Hoàn Kiếm", "1 Tràng Tiền"), PaymentMethod.COD, null, null, code));
    }

    private static Set<Double> numbers(byte[] xlsx) throws Exception {
        Set<Double> out = new HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            out.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }
}
