package vn.ocop.market.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.RunMode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * In production mode, stops the start (after Flyway, before the server listens) while a demo account
 * still has its public demo password.
 */
@Singleton
@Order(Integer.MIN_VALUE)
class ProductionGuard implements ApplicationEventListener<StartupEvent> {

    private final RunMode mode;
    private final DataSource dataSource;

    ProductionGuard(@Value("${" + RunMode.PROPERTY + ":production}") String mode, DataSource dataSource) {
        this.mode = RunMode.of(mode);
        this.dataSource = dataSource;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (mode.demo()) {
            return;
        }
        List<String> problems = DemoAccounts.problems(demoAccountsWithDemoPassword());
        if (!problems.isEmpty()) {
            throw new ConfigRefused(ConfigCheck.verdict(mode, problems));
        }
    }

    @Transactional(readOnly = true)
    protected List<String> demoAccountsWithDemoPassword() {
        try (Connection connection = dataSource.getConnection()) {
            return DemoAccounts.withDemoPassword(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the accounts to check the demo passwords: " + e.getMessage(), e);
        }
    }
}
