package vn.ocop.market.apiclient;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
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

    private static final String COLUMNS = "id, client_id, name, scopes, created_at, created_by, rotated_at, revoked_at, last_used_at";

    private final JdbcOperations jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiClients(JdbcOperations jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
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
        String clientId = "ocop-" + token(9).toLowerCase(java.util.Locale.ROOT).replace('_', 'x').replace('-', 'y');
        String secret = token(32);
        String codes = scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
        jdbc.prepareStatement("INSERT INTO api_client (client_id, name, scopes, secret_hash, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, clientId);
            ps.setString(2, n);
            ps.setString(3, codes);
            ps.setString(4, hash(secret));
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setString(6, actor);
            return ps.executeUpdate();
        });
        audit.record(actor, "API_CLIENT_CREATED", null, null, clientId + " (" + n + "): " + codes);
        return new IssuedCredential(clientId, secret);
    }

    /** A new secret for an active client; the old one stops working at once. */
    @Transactional
    public IssuedCredential rotate(String clientId, String actor) {
        String secret = token(32);
        int changed = jdbc.prepareStatement("UPDATE api_client SET secret_hash = ?, rotated_at = ? "
                + "WHERE client_id = ? AND revoked_at IS NULL", ps -> {
            ps.setString(1, hash(secret));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setString(3, clientId);
            return ps.executeUpdate();
        });
        if (changed != 1) {
            throw notActive();
        }
        audit.record(actor, "API_CLIENT_ROTATED", null, null, clientId);
        return new IssuedCredential(clientId, secret);
    }

    /** Revokes a client for good; it stays listed. */
    @Transactional
    public void revoke(String clientId, String actor) {
        int changed = jdbc.prepareStatement("UPDATE api_client SET revoked_at = ? WHERE client_id = ? AND revoked_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, clientId);
            return ps.executeUpdate();
        });
        if (changed != 1) {
            throw notActive();
        }
        audit.record(actor, "API_CLIENT_REVOKED", null, null, clientId);
    }

    @Transactional(readOnly = true)
    public List<ApiClient> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM api_client ORDER BY id DESC", ps -> {
            List<ApiClient> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    /** The active client a {@code <clientId>.<secret>} token names, if the secret matches. */
    @Transactional
    public Optional<ApiClient> authenticate(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot > 40) {
            return Optional.empty();
        }
        String clientId = token.substring(0, dot);
        byte[] presented = hash(token.substring(dot + 1)).getBytes(StandardCharsets.US_ASCII);
        Optional<Object[]> row = jdbc.prepareStatement("SELECT " + COLUMNS + ", secret_hash FROM api_client "
                + "WHERE client_id = ? AND revoked_at IS NULL", ps -> {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Object[] {read(rs), rs.getString(10)}) : Optional.<Object[]>empty();
            }
        });
        if (row.isEmpty() || !MessageDigest.isEqual(presented, ((String) row.get()[1]).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ApiClient client = (ApiClient) row.get()[0];
        Instant now = clock.instant();
        // At most one write a minute per client, so busy clients do not write on every call.
        jdbc.prepareStatement("UPDATE api_client SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, client.id());
            ps.setTimestamp(3, Timestamp.from(now.minus(1, ChronoUnit.MINUTES)));
            return ps.executeUpdate();
        });
        return Optional.of(client);
    }

    private static ApiClient read(ResultSet rs) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString(4).split(" ")).map(ApiScope::of).flatMap(Optional::stream).forEach(scopes::add);
        return new ApiClient(rs.getLong(1), rs.getString(2), rs.getString(3), scopes, rs.getTimestamp(5).toInstant(),
                rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static InvalidInputException notActive() {
        return InvalidInputException.of("clientId", "apiclient.client.notFound");
    }

    private String token(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
