package vn.ocop.market.producer;

import io.micronaut.core.annotation.Nullable;

/**
 * A producer's own application to join: the business as registered (name, legal form, the 10- or
 * 13-digit business registration number), who to contact, and where it is (a province code and a
 * commune code of the administrative units, or the commune's name when they are not loaded).
 */
public record ProducerApplication(
        @Nullable String name,
        @Nullable ProducerType type,
        @Nullable String registrationNumber,
        @Nullable String contactName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String provinceCode,
        @Nullable String commune,
        @Nullable String address) {
}
