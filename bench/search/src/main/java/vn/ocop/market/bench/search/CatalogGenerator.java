package vn.ocop.market.bench.search;

import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.VietnameseText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic Vietnamese catalog straight into the database with batched SQL: producers
 * in all 34 provinces (some under a former province name), products of the six groups named from
 * word lists, and one certificate each (most valid now, some expired or below 3 stars).
 */
final class CatalogGenerator {

    static final String[] GROUPS = {"FOOD", "BEVERAGE", "HERBAL", "HANDICRAFTS", "ORNAMENTAL", "TOURISM"};
    static final String[][] BASES = {
            {"Mật ong bạc hà", "Tinh bột nghệ", "Miến dong", "Gạo ST25", "Nước mắm cá cơm", "Mắm tôm", "Bánh đa nem",
                    "Chả cá", "Giò lụa", "Nem chua", "Bưởi da xanh", "Cam sành", "Vải thiều", "Nhãn lồng",
                    "Hạt điều rang muối", "Khô cá lóc", "Lạp xưởng", "Tương bần", "Hồng treo gió", "Măng khô",
                    "Mộc nhĩ", "Nấm hương", "Chuối sấy", "Mứt gừng", "Kẹo dừa", "Bánh pía", "Đường phèn", "Tỏi đen",
                    "Tiêu đen", "Gạo nếp cái hoa vàng"},
            {"Chè Shan tuyết", "Trà xanh", "Chè móc câu", "Cà phê Robusta", "Cà phê Arabica", "Rượu ngô men lá",
                    "Rượu cần", "Rượu sim", "Nước cốt gừng", "Trà hoa vàng", "Trà atiso", "Rượu nếp cẩm",
                    "Trà thảo mộc", "Siro chanh leo", "Nước ép dứa"},
            {"Cao atiso", "Tinh dầu sả chanh", "Tinh dầu quế", "Tinh dầu tràm", "Sâm Ngọc Linh", "Đông trùng hạ thảo",
                    "Cao dược liệu", "Trà giảo cổ lam", "Xà phòng thảo mộc", "Dầu gấc", "Nghệ đen", "Hà thủ ô",
                    "Cao ích mẫu"},
            {"Bình gốm men rạn", "Chén gốm", "Giỏ mây", "Đèn mây tre", "Khăn thổ cẩm", "Nón lá", "Tranh Đông Hồ",
                    "Đũa tre", "Khay sơn mài", "Túi cói", "Chiếu cói", "Lụa tơ tằm", "Tượng gỗ", "Lư hương đồng",
                    "Tranh thêu tay"},
            {"Lan hồ điệp", "Đào cảnh", "Quất cảnh", "Mai vàng", "Bonsai sanh", "Hoa cúc", "Lan rừng", "Sen đá",
                    "Cá Koi", "Cây lộc vừng"},
            {"Tour du lịch cộng đồng", "Homestay nhà sàn", "Tour trải nghiệm làng nghề", "Điểm du lịch sinh thái",
                    "Tour ruộng bậc thang", "Trải nghiệm làm gốm", "Tour chèo thuyền", "Tour vườn trái cây"}};
    static final String[] QUALIFIERS = {"", "", "đặc biệt", "hảo hạng", "truyền thống", "thượng hạng", "loại 1",
            "hữu cơ", "sạch", "cao cấp", "gia truyền", "nguyên chất"};
    static final String[] PLACES = {"Tân Cương", "Khoái Châu", "Bắc Hà", "Mộc Châu", "Bát Tràng", "Vạn Phúc",
            "Cao Phong", "Hàm Yên", "Lục Ngạn", "Phú Quốc", "Cái Mơn", "Sơn Tịnh", "Ba Vì", "Mèo Vạc", "Đồng Văn",
            "Tam Nông", "Chợ Đồn", "Hương Sơn", "Phúc Trạch", "Nam Ô", "Bình Lư", "Thanh Chương", "Quế Phong",
            "Hồng Dân", "Cầu Kè", "Long Thành", "Di Linh", "Bảo Lộc", "Krông Pắc", "Ea Kar", "Sa Pa", "Mai Châu",
            "Đông Triều", "Yên Tử", "Vân Đồn", "Cô Tô", "Tiên Lãng", "Kim Sơn", "Nho Quan", "Hải Hậu", "Giao Thủy",
            "Thạch Thất", "Chương Mỹ", "Đan Phượng", "Phú Lộc", "Hội An", "Trà Quế", "Lý Sơn", "Ngọc Linh",
            "An Khê", "Vĩnh Hảo", "Ninh Phước", "Cà Ná", "Đức Trọng", "Cái Bè", "Chợ Lách", "Tri Tôn", "Ngã Năm",
            "Năm Căn", "Đầm Dơi"};
    static final String[] TRADES = {"Nông nghiệp", "Nông sản", "Dịch vụ", "Thực phẩm", "Dược liệu", "Làng nghề",
            "Chè", "Cà phê", "Thủ công", "Sinh thái", "Đặc sản", "Chế biến"};
    static final String[] TYPES = {"COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "HOUSEHOLD"};
    static final String[] TYPE_PREFIX = {"HTX", "Tổ hợp tác", "Công ty TNHH", "Hộ kinh doanh"};
    static final String[] SENTENCES = {"Sản phẩm được chế biến theo quy trình truyền thống.",
            "Nguyên liệu từ vùng trồng đạt chứng nhận VietGAP.", "Đóng gói hút chân không, bảo quản nơi khô ráo.",
            "Có tem truy xuất nguồn gốc QR trên từng sản phẩm.", "Phù hợp làm quà biếu dịp lễ Tết.",
            "Được người tiêu dùng trong và ngoài tỉnh tin dùng.", "Không chất bảo quản, không phẩm màu.",
            "Sản xuất bởi các hộ thành viên của hợp tác xã."};

    private final Random random = new Random(20_260_701L);
    private final List<Province> provinces = new Provinces().all();

    /** Inserts producers, products and certificates; returns how many products are listed now. */
    long load(Connection c, int products) throws SQLException {
        int producers = Math.max(50, products / 20);
        c.setAutoCommit(false);
        Instant now = Instant.now();
        String[] producerProvince = new String[producers + 1];
        String[] producerPlace = new String[producers + 1];
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO producer (id, slug, name, type, province, "
                + "former_province, commune, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= producers; i++) {
                Province province = provinces.get(random.nextInt(provinces.size()));
                String former = !province.formerNames().isEmpty() && random.nextInt(100) < 40
                        ? province.formerNames().get(random.nextInt(province.formerNames().size())) : null;
                int type = random.nextInt(TYPES.length);
                String place = pick(PLACES);
                String name = TYPE_PREFIX[type] + " " + pick(TRADES) + " " + place + (i > PLACES.length ? " " + i : "");
                producerProvince[i] = province.name();
                producerPlace[i] = place;
                ps.setLong(1, i);
                ps.setString(2, VietnameseText.slug(name) + "-" + i);
                ps.setString(3, name);
                ps.setString(4, TYPES[type]);
                ps.setString(5, province.name());
                ps.setString(6, former);
                ps.setString(7, "Xã " + place);
                ps.setTimestamp(8, Timestamp.from(now.minusSeconds(86_400L * 400)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        long listed = 0;
        try (PreparedStatement product = c.prepareStatement("INSERT INTO product (id, producer_id, code, slug, name, "
                + "product_group, unit, weight_grams, price_vnd, stock, description, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement certificate = c.prepareStatement("INSERT INTO certificate (id, product_id, "
                     + "certificate_number, score, stars, council_level, decision_number, decision_date, issued_by, "
                     + "valid_until, revoked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)")) {
            for (int id = 1; id <= products; id++) {
                int producer = 1 + random.nextInt(producers);
                int group = weightedGroup();
                String name = pick(BASES[group]) + " " + (random.nextInt(3) == 0 ? pick(QUALIFIERS) + " " : "")
                        + producerPlace[producer];
                name = name.replaceAll("\\s+", " ").trim();
                long price = priceFor(group);
                product.setLong(1, id);
                product.setLong(2, producer);
                product.setString(3, "B-" + id);
                product.setString(4, VietnameseText.slug(name) + "-" + id);
                product.setString(5, name);
                product.setString(6, GROUPS[group]);
                product.setString(7, group == 5 ? "Lượt" : "Hộp");
                product.setInt(8, 500);
                product.setLong(9, price);
                product.setInt(10, random.nextInt(500));
                product.setString(11, name + " được sản xuất tại " + producerPlace[producer] + ", "
                        + producerProvince[producer] + ". " + pick(SENTENCES) + " " + pick(SENTENCES));
                product.setTimestamp(12, Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 700))));
                product.addBatch();

                // 90% valid 3-5 stars, 6% expired, 4% below 3 stars.
                int roll = random.nextInt(100);
                int score = roll < 4 ? 35 + random.nextInt(15) : 50 + random.nextInt(51);
                int stars = score >= 90 ? 5 : score >= 70 ? 4 : score >= 50 ? 3 : 2;
                LocalDate decided = roll >= 4 && roll < 10 ? LocalDate.now().minusYears(3).minusDays(1 + random.nextInt(300))
                        : LocalDate.now().minusDays(1 + random.nextInt(900));
                Instant validUntil = decided.plusMonths(36).atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
                if (stars >= 3 && validUntil.isAfter(now)) {
                    listed++;
                }
                certificate.setLong(1, id);
                certificate.setLong(2, id);
                certificate.setString(3, "B-OCOP-" + id);
                certificate.setInt(4, score);
                certificate.setInt(5, stars);
                certificate.setString(6, stars == 5 ? "NATIONAL" : "PROVINCIAL");
                certificate.setString(7, id + "/QĐ-UBND");
                certificate.setObject(8, decided);
                certificate.setString(9, "UBND tỉnh " + producerProvince[producer]);
                certificate.setTimestamp(10, Timestamp.from(validUntil));
                certificate.setTimestamp(11, Timestamp.from(now));
                certificate.addBatch();
                if (id % 2000 == 0 || id == products) {
                    product.executeBatch();
                    certificate.executeBatch();
                    c.commit();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE product SET current_certificate_id = id");
        }
        c.commit();
        c.setAutoCommit(true);
        return listed;
    }

    private int weightedGroup() {
        int r = random.nextInt(100);
        return r < 45 ? 0 : r < 65 ? 1 : r < 77 ? 2 : r < 90 ? 3 : r < 95 ? 4 : 5;
    }

    private long priceFor(int group) {
        long base = switch (group) {
            case 3 -> 150_000 + random.nextInt(1_800_000);
            case 4 -> 80_000 + random.nextInt(3_000_000);
            case 5 -> 200_000 + random.nextInt(2_500_000);
            default -> 20_000 + random.nextInt(600_000);
        };
        return base / 1000 * 1000;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
