package vn.ocop.market.apiclient;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Set;

/** A provincial system allowed to call the admin API, with the scopes it holds; revoked clients stay listed. */
public record ApiClient(long id, String clientId, String name, Set<ApiScope> scopes, Instant createdAt, String createdBy,
                        @Nullable Instant rotatedAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** How the audit trail names what this client did. */
    public String actor() {
        return "api:" + clientId;
    }
}
