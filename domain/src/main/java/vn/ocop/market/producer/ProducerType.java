package vn.ocop.market.producer;

/** The legal form of an OCOP producer ("chủ thể OCOP"). */
public enum ProducerType {
    COOPERATIVE("Hợp tác xã", "Cooperative"),
    COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group"),
    ENTERPRISE("Doanh nghiệp", "Enterprise"),
    HOUSEHOLD("Hộ kinh doanh", "Household business");

    private final String labelVi;
    private final String labelEn;

    ProducerType(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String label(boolean english) {
        return english ? labelEn : labelVi;
    }
}
