package vn.ocop.market.fair;

/** Why a visitor comes to a fair; its label is {@code fair.interest.<NAME>}. */
public enum VisitorInterest {
    SHOPPING, WHOLESALE, PARTNERSHIP, OTHER
}
