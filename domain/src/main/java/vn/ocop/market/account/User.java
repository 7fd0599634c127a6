package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("app_user")
record User(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String passwordHash,
        String displayName,
        Role role,
        @Nullable Long producerId,
        Instant createdAt,
        AccountState state,
        int credentialsVersion,
        @Nullable Instant updatedAt) {
}
