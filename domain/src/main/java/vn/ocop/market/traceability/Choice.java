package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Introspected;

/** Something a form picks by id, shown by its name (a product, a variant). */
@Introspected
public record Choice(long id, String name) {
}
