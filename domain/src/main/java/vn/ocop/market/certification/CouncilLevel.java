package vn.ocop.market.certification;

/** The evaluation council that recognised the rank. */
public enum CouncilLevel {
    DISTRICT("Cấp huyện", "District"),
    PROVINCIAL("Cấp tỉnh", "Provincial"),
    NATIONAL("Cấp trung ương", "National");

    private final String labelVi;
    private final String labelEn;

    CouncilLevel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean english) {
        return english ? labelEn : labelVi;
    }
}
