package vn.ocop.market.producer;

import io.micronaut.core.annotation.Introspected;

/** A producer and its GS1 company prefix, as officers list them. */
@Introspected
public record PrefixedProducer(long id, String name, String province, String prefix) {
}
