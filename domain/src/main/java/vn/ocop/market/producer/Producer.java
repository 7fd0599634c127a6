package vn.ocop.market.producer;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A cooperative, cooperative group, enterprise or household that makes OCOP products. */
@Serdeable
@MappedEntity("producer")
public record Producer(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        ProducerType type,
        String province,
        @Nullable String formerProvince,
        @Nullable String commune,
        @Nullable String story,
        @Nullable String storyEn,
        @Nullable String bankName,
        @Nullable String bankBin,
        @Nullable String bankAccount,
        Instant createdAt,
        @Nullable String email,
        @Nullable String bankAccountName,
        ProducerStatus status,
        @Nullable String registrationNumber,
        @Nullable String contactName,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String rejectionReason,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String videoUrl) {

    /** Whether it may list products (an officer approved its application, or officers registered it). */
    public boolean approved() {
        return status == ProducerStatus.APPROVED;
    }
}
