package vn.ocop.market.app;

import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;

import vn.ocop.market.apiclient.ApiClients;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.apiclient.IssuedCredential;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who the security suite acts as, in one place: the people of the storefront and the console, and
 * the callers of the JSON API. {@link AccessTable} says what each of them may open.
 *
 * <p>When roles change, change them here (how a persona is signed in) and in {@link AccessTable}
 * (what it may open); the tests themselves need no edit.
 */
final class Personas {

    /** A person using the storefront or the console. */
    enum Persona {
        ANONYMOUS(null),
        SHOPPER(Role.CONSUMER),
        /** A producer's user, looking at its own data; {@link #OTHER_PRODUCER} owns the data it must not see. */
        PRODUCER(Role.PRODUCER),
        OTHER_PRODUCER(Role.PRODUCER),
        OFFICER(Role.OFFICER),
        ADMIN(Role.ADMIN);

        final Role role;

        Persona(Role role) {
            this.role = role;
        }
    }

    /** The personas every route is walked with (OTHER_PRODUCER is the owner of data, used by the owner checks). */
    static final Set<Persona> ROUTE_WALKERS = Set.of(Persona.ANONYMOUS, Persona.SHOPPER, Persona.PRODUCER,
            Persona.OFFICER, Persona.ADMIN);

    /**
     * Real accounts for each persona, created through {@link Accounts} so that whatever checks a
     * sign-in later gains (disabled accounts, session versions) sees a real user.
     */
    static Map<Persona, SignedInUser> accounts(Accounts accounts, long producerId, long otherProducerId) {
        Map<Persona, SignedInUser> users = new EnumMap<>(Persona.class);
        long run = System.nanoTime();
        for (Persona persona : Persona.values()) {
            if (persona.role == null) {
                continue;
            }
            Long producer = persona == Persona.PRODUCER ? Long.valueOf(producerId)
                    : persona == Persona.OTHER_PRODUCER ? Long.valueOf(otherProducerId) : null;
            // Long and mixed, so a stricter password rule does not turn the fixture away.
            String password = "Kiem-Tra-Quyen-" + run + "-#Zx";
            users.put(persona, accounts.create(persona.name().toLowerCase(java.util.Locale.ROOT) + "-" + run + "@ocop.test",
                    password, "Persona " + persona.name(), persona.role, producer));
        }
        return users;
    }

    // ---------------------------------------------------------------- API callers

    /** The scopes an API client may hold. */
    static final String CERTIFICATES_WRITE = "certificates:write";
    static final String CATALOG_WRITE = "catalog:write";
    static final String REPORTS_READ = "reports:read";
    static final String TRACEABILITY_WRITE = "traceability:write";
    static final Set<String> ALL_SCOPES = Set.of(CERTIFICATES_WRITE, CATALOG_WRITE, REPORTS_READ, TRACEABILITY_WRITE);

    /** Someone calling the JSON API: what it presents, and what it really is. */
    interface ApiCaller {
        String name();

        /** The Authorization header value, if any. */
        Optional<String> authorization();

        /** Whether the credential is good: a bad one must get 401 before any scope is looked at. */
        boolean authenticated();

        /** The scopes the credential really carries (none unless {@link #authenticated()}). */
        Set<String> scopes();
    }

    /** Issues a real API client holding exactly the given scopes. */
    interface ApiClientIssuer {
        ApiCaller issue(Set<String> scopes);
    }

    /**
     * Clients made through {@link ApiClients}, as a platform admin makes them in the console, so
     * that the credential check the API runs is the one production runs.
     */
    static ApiClientIssuer clients(ApiClients clients) {
        return scopes -> {
            IssuedCredential credential = clients.create("Kiểm tra quyền " + new TreeSet<>(scopes), apiScopes(scopes),
                    "security-suite");
            return caller("client" + new TreeSet<>(scopes), "Bearer " + credential.bearerToken(), true, scopes);
        };
    }

    /** A client that held every scope and was revoked: its credential must be worthless. */
    static ApiCaller revokedClient(ApiClients clients) {
        IssuedCredential credential = clients.create("Kiểm tra quyền (thu hồi)", apiScopes(ALL_SCOPES), "security-suite");
        clients.revoke(credential.clientId(), "security-suite");
        return caller("revoked client", "Bearer " + credential.bearerToken(), false, Set.of());
    }

    /** A real, active client id with every scope, presented with a secret that is not its own. */
    static ApiCaller wrongSecret(ApiClients clients) {
        IssuedCredential credential = clients.create("Kiểm tra quyền (sai khóa)", apiScopes(ALL_SCOPES), "security-suite");
        return caller("client with a wrong secret", "Bearer " + credential.clientId() + "."
                + (credential.secret().charAt(0) == 'A' ? 'B' : 'A') + credential.secret().substring(1),
                false, Set.of());
    }

    /** A client whose secret was rotated, still presenting the old one. */
    static ApiCaller rotatedOutSecret(ApiClients clients) {
        IssuedCredential old = clients.create("Kiểm tra quyền (khóa cũ)", apiScopes(ALL_SCOPES), "security-suite");
        clients.rotate(old.clientId(), "security-suite");
        return caller("client with its rotated-out secret", "Bearer " + old.bearerToken(), false, Set.of());
    }

    /** The demo bootstrap token: every scope, in demo mode only (the suite runs in demo mode). */
    static ApiCaller demoToken() {
        return caller("demo token", "Bearer " + TestEnvironment.ADMIN_TOKEN, true, ALL_SCOPES);
    }

    static ApiCaller anonymous() {
        return caller("anonymous", null, false, Set.of());
    }

    static ApiCaller wrongToken() {
        return caller("wrong token", "Bearer not-" + TestEnvironment.ADMIN_TOKEN, false, Set.of());
    }

    /** Not a bearer credential at all, but something that looks like one to a careless parser. */
    static ApiCaller malformedHeader() {
        return caller("malformed header", "Bearer", false, Set.of());
    }

    /**
     * Every caller the API is walked with: nobody, bad credentials of every kind, the demo token, and
     * a real client with each scope alone, all but each scope, and all of them. (A client with no
     * scope at all cannot be created: {@link ApiClients#create} refuses it.)
     */
    static List<ApiCaller> apiCallers(ApiClients clients) {
        ApiClientIssuer issuer = clients(clients);
        List<ApiCaller> callers = new ArrayList<>(List.of(anonymous(), wrongToken(), malformedHeader(),
                revokedClient(clients), wrongSecret(clients), rotatedOutSecret(clients), demoToken()));
        for (String scope : new TreeSet<>(ALL_SCOPES)) {
            callers.add(issuer.issue(Set.of(scope)));
            Set<String> allBut = new TreeSet<>(ALL_SCOPES);
            allBut.remove(scope);
            callers.add(issuer.issue(allBut));
        }
        callers.add(issuer.issue(ALL_SCOPES));
        return callers;
    }

    private static Set<ApiScope> apiScopes(Set<String> codes) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        codes.forEach(code -> scopes.add(ApiScope.of(code).orElseThrow(() -> new AssertionError("no scope " + code))));
        return scopes;
    }

    private static ApiCaller caller(String name, String header, boolean authenticated, Set<String> scopes) {
        return new ApiCaller() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> authorization() {
                return Optional.ofNullable(header);
            }

            @Override
            public boolean authenticated() {
                return authenticated;
            }

            @Override
            public Set<String> scopes() {
                return scopes;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private Personas() {
    }
}
