package vn.ocop.market.app;

import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;

import java.util.EnumMap;
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
    static final Set<String> ALL_SCOPES = Set.of(CERTIFICATES_WRITE, CATALOG_WRITE, REPORTS_READ);

    /** Someone calling the JSON API: what it presents, and the scopes it really holds. */
    interface ApiCaller {
        String name();

        /** The Authorization header value, if any. */
        Optional<String> authorization();

        /** The scopes the credential really carries (may be more than were asked for). */
        Set<String> scopes();
    }

    /**
     * Issues API credentials holding the given scopes. Today there is one credential, the bootstrap
     * bearer token, which holds every scope, so a "client with only catalog:write" is that token and
     * says so in {@link ApiCaller#scopes()}: the expectations follow the scopes really held, and a
     * client without a scope is denied only once real clients exist.
     *
     * <p>INTEGRATOR: once API clients with their own secrets and scopes exist, replace
     * {@link #CURRENT} with an issuer that creates a client with exactly {@code scopes} through the
     * application's service and returns its credential; the expectations then bite for every scope.
     */
    interface ApiClientIssuer {
        ApiCaller issue(Set<String> scopes);
    }

    /** Today's issuer: the bootstrap token, every scope. */
    static final ApiClientIssuer CURRENT = scopes -> caller("client" + new TreeSet<>(scopes) + " (bootstrap token)",
            "Bearer " + TestEnvironment.ADMIN_TOKEN, ALL_SCOPES);

    static ApiCaller anonymous() {
        return caller("anonymous", null, Set.of());
    }

    static ApiCaller wrongToken() {
        return caller("wrong token", "Bearer not-" + TestEnvironment.ADMIN_TOKEN, Set.of());
    }

    /** Not a bearer credential at all, but something that looks like one to a careless parser. */
    static ApiCaller malformedHeader() {
        return caller("malformed header", "Bearer", Set.of());
    }

    /** Every caller the API is walked with: nobody, bad credentials, and a client with each scope, none and all. */
    static java.util.List<ApiCaller> apiCallers(ApiClientIssuer issuer) {
        java.util.List<ApiCaller> callers = new java.util.ArrayList<>(java.util.List.of(anonymous(), wrongToken(),
                malformedHeader()));
        callers.add(issuer.issue(Set.of()));
        for (String scope : new TreeSet<>(ALL_SCOPES)) {
            callers.add(issuer.issue(Set.of(scope)));
            Set<String> allBut = new TreeSet<>(ALL_SCOPES);
            allBut.remove(scope);
            callers.add(issuer.issue(allBut));
        }
        callers.add(issuer.issue(ALL_SCOPES));
        return callers;
    }

    private static ApiCaller caller(String name, String header, Set<String> scopes) {
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
