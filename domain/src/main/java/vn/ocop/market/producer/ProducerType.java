package vn.ocop.market.producer;

/** The legal form of an OCOP producer ("chủ thể OCOP"); its label is the text {@code producer.type.<NAME>}. */
public enum ProducerType {
    COOPERATIVE,
    COOPERATIVE_GROUP,
    ENTERPRISE,
    HOUSEHOLD;
}
