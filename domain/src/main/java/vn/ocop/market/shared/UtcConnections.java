package vn.ocop.market.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Every database connection speaks UTC, whatever DB_URL says and whatever the JVM's zone: instants
 * are written and read as UTC wall times and the session's time zone is UTC too, so NOW(6) (job
 * leases) and the stored timestamps agree across instances. Any time-zone setting in the configured
 * URL is replaced here, in one place.
 */
@Singleton
public class UtcConnections implements BeanCreatedEventListener<DatasourceConfiguration> {

    /** Connector/J settings that decide how instants are converted; ours replace whatever is configured. */
    private static final Set<String> ZONE_SETTINGS = Set.of("connectiontimezone", "servertimezone",
            "forceconnectiontimezonetosession", "preserveinstants");
    private static final String UTC = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    /**
     * Connector/J settings that save round trips, added unless the URL sets them: the driver keeps
     * the session's state (auto-commit, isolation) locally instead of asking or re-setting it,
     * read-only transactions stay a hint for the application rather than two more statements each,
     * and prepared statements are parsed once per connection.
     */
    private static final List<String> ROUND_TRIPS = List.of("useLocalSessionState=true",
            "readOnlyPropagatesToServer=false", "cachePrepStmts=true", "prepStmtCacheSize=250",
            "prepStmtCacheSqlLimit=2048", "cacheServerConfiguration=true");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:mysql:")) {
            config.setUrl(enforce(url));
        }
        return config;
    }

    /** The URL with the UTC settings, any other zone setting removed (parameters are case-insensitive). */
    public static String enforce(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        StringJoiner params = new StringJoiner("&");
        Map<String, String> missing = new LinkedHashMap<>();
        ROUND_TRIPS.forEach(setting -> missing.put(setting.split("=", 2)[0].toLowerCase(Locale.ROOT), setting));
        if (q >= 0) {
            for (String param : url.substring(q + 1).split("&")) {
                String name = param.split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
                if (!param.isBlank() && !ZONE_SETTINGS.contains(name)) {
                    params.add(param);
                    missing.remove(name);
                }
            }
        }
        missing.values().forEach(params::add);
        params.add(UTC);
        return base + "?" + params;
    }
}
