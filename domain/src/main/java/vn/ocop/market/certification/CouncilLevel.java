package vn.ocop.market.certification;

/** The evaluation council that recognised the rank; its label is the text {@code certificate.level.<NAME>}. */
public enum CouncilLevel {
    DISTRICT,
    PROVINCIAL,
    NATIONAL;
}
