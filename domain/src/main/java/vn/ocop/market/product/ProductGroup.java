package vn.ocop.market.product;

/** The six OCOP product groups. */
public enum ProductGroup {
    FOOD("Thực phẩm", "Food"),
    BEVERAGE("Đồ uống", "Beverages"),
    HERBAL("Thảo dược", "Herbal and medicinal"),
    HANDICRAFTS("Thủ công mỹ nghệ", "Handicrafts"),
    ORNAMENTAL("Hoa, cây cảnh", "Ornamental flowers and plants"),
    TOURISM("Du lịch cộng đồng", "Community tourism");

    private final String labelVi;
    private final String labelEn;

    ProductGroup(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean english) {
        return english ? labelEn : labelVi;
    }
}
