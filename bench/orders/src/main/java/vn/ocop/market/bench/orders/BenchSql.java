package vn.ocop.market.bench.orders;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Plain SQL for the benchmark's own bookkeeping and its baseline, each call in its own transaction. */
final class BenchSql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;

    @SuppressWarnings("unchecked")
    BenchSql(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcOperations.class);
        this.tx = context.getBean(TransactionOperations.class);
    }

    int update(String sql, Object... args) {
        return tx.executeWrite(status -> jdbc.prepareStatement(sql, ps -> {
            bind(ps, args);
            return ps.executeUpdate();
        }));
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        return tx.executeRead(status -> jdbc.prepareStatement(sql, ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.<T>empty();
            }
        }));
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
