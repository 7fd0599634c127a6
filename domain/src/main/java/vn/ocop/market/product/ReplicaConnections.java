package vn.ocop.market.product;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.UtcConnections;

/**
 * The replica data source ({@link ShopWindow#DATASOURCE}) without a replica of its own: the URL
 * {@value #PRIMARY} (the default of {@code DB_REPLICA_URL}) stands for the primary's URL and login,
 * so the storefront's reads go to the primary through a pool of their own. A replica URL without a
 * login of its own uses the primary's login.
 */
@Singleton
class ReplicaConnections implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String PRIMARY = "primary";

    private final Environment environment;

    ReplicaConnections(Environment environment) {
        this.environment = environment;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        if (!ShopWindow.DATASOURCE.equals(config.getName())) {
            return config;
        }
        String url = config.getConfiguredUrl();
        boolean primary = url == null || url.isBlank() || PRIMARY.equals(url.trim());
        if (primary) {
            String primaryUrl = environment.getRequiredProperty("datasources.default.url", String.class);
            config.setUrl(primaryUrl.startsWith("jdbc:mysql:") ? UtcConnections.enforce(primaryUrl) : primaryUrl);
        }
        if (primary || blank(config.getConfiguredUsername())) {
            config.setUsername(environment.getProperty("datasources.default.username", String.class).orElse(null));
            config.setPassword(environment.getProperty("datasources.default.password", String.class).orElse(null));
        }
        return config;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
