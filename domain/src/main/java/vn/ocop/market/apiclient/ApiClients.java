package vn.ocop.market.apiclient;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.SecretTokens;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API clients of the admin API: created, rotated and revoked by administrators (each recorded in the
 * audit trail). The secret is 32 random bytes, so a SHA-256 hash of it is enough to store; a slow
 * password hash would only slow down every API call.
 */
@Singleton
public class ApiClients {

    private final ApiClientRepository rows;
    private final AuditTrail audit;
    private final Clock clock;

    ApiClients(ApiClientRepository rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new client; its secret is in the answer and nowhere else. */
    @Transactional
    public IssuedCredential create(String name, Set<ApiScope> scopes, String actor) {
        String n = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (n.isEmpty() || n.codePointCount(0, n.length()) > 200) {
            errors.add(FieldError.of("name", "apiclient.name.length"));
        }
        if (scopes == null || scopes.isEmpty()) {
            errors.add(FieldError.of("scopes", "apiclient.scopes.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String clientId = "ocop-" + SecretTokens.newToken(9).toLowerCase(java.util.Locale.ROOT).replace('_', 'x').replace('-', 'y');
        String secret = SecretTokens.newToken(32);
        String codes = scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
        rows.insert(clientId, n, codes, SecretTokens.hash(secret), clock.instant(), actor);
        audit.record(actor, "API_CLIENT_CREATED", null, null, clientId + " (" + n + "): " + codes);
        return new IssuedCredential(clientId, secret);
    }

    /** A new secret for an active client; the old one stops working at once. */
    @Transactional
    public IssuedCredential rotate(String clientId, String actor) {
        String secret = SecretTokens.newToken(32);
        int changed = rows.rotate(clientId, SecretTokens.hash(secret), clock.instant());
        if (changed != 1) {
            throw notActive();
        }
        audit.record(actor, "API_CLIENT_ROTATED", null, null, clientId);
        return new IssuedCredential(clientId, secret);
    }

    /** Revokes a client for good; it stays listed. */
    @Transactional
    public void revoke(String clientId, String actor) {
        int changed = rows.revoke(clientId, clock.instant());
        if (changed != 1) {
            throw notActive();
        }
        audit.record(actor, "API_CLIENT_REVOKED", null, null, clientId);
    }

    @Transactional(readOnly = true)
    public List<ApiClient> all() {
        return rows.all().stream().map(ApiClients::toClient).toList();
    }

    /** The active client a {@code <clientId>.<secret>} token names, if the secret matches. */
    @Transactional
    public Optional<ApiClient> authenticate(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot > 40) {
            return Optional.empty();
        }
        String clientId = token.substring(0, dot);
        byte[] presented = SecretTokens.hash(token.substring(dot + 1)).getBytes(StandardCharsets.US_ASCII);
        Optional<ApiClientRepository.ApiClientRow> row = rows.findActive(clientId);
        if (row.isEmpty() || !MessageDigest.isEqual(presented, row.get().secretHash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ApiClient client = toClient(row.get());
        Instant now = clock.instant();
        // At most one write a minute per client, so busy clients do not write on every call.
        rows.markUsed(client.id(), now, now.minus(1, ChronoUnit.MINUTES));
        return Optional.of(client);
    }

    private static ApiClient toClient(ApiClientRepository.ApiClientRow row) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(row.scopes().split(" ")).map(ApiScope::of).flatMap(Optional::stream).forEach(scopes::add);
        return new ApiClient(row.id(), row.clientId(), row.name(), scopes, row.createdAt(), row.createdBy(),
                row.rotatedAt(), row.revokedAt(), row.lastUsedAt());
    }

    private static InvalidInputException notActive() {
        return InvalidInputException.of("clientId", "apiclient.client.notFound");
    }
}
