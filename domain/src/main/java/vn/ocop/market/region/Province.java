package vn.ocop.market.region;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One of the 34 provinces since 1 July 2025, with the former provinces merged into it. */
@Serdeable
public record Province(String code, String name, List<String> formerNames) {
}
