package vn.ocop.market.app;

import vn.ocop.market.account.PasswordHashing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The demo accounts printed in the README. Their passwords are public, so production refuses to run
 * while any of them can still sign in with one; checked on the stored hash, not by signing in, so the
 * check leaves no failed sign-in behind.
 */
final class DemoAccounts {

    /** A demo account: its password now and the one earlier READMEs printed (public too). */
    record Demo(String email, String password, String formerPassword) {
    }

    static final Demo OFFICER = new Demo("canbo@ocop.vn", "CanBo-TanCuong-47", "CanBo@2026");
    static final Demo ADMIN = new Demo("quantri@ocop.vn", "QuanTri-HoGuom-58", "QuanTri@2026");
    static final Demo PRODUCER = new Demo("chuthe@ocop.vn", "ChuThe-LaChe-36", "ChuThe@2026");
    static final Demo CONSUMER = new Demo("khach@ocop.vn", "Khach-ChoNoi-29", "Khach@2026");
    static final List<Demo> ALL = List.of(OFFICER, ADMIN, PRODUCER, CONSUMER);

    /** How a password is compared with a stored hash: the accounts' own hashing (Argon2id, or bcrypt of old). */
    static final BiPredicate<String, String> HASHES = (password, hash) -> {
        try {
            return PasswordHashing.matches(password, hash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    };

    private DemoAccounts() {
    }

    /** The demo accounts in this database that still have their demo password; none before the schema exists. */
    static List<String> withDemoPassword(Connection connection) throws SQLException {
        Map<String, String> hashes = new java.util.HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT email, password_hash FROM app_user WHERE email IN (?, ?, ?, ?)")) {
            for (int i = 0; i < ALL.size(); i++) {
                select.setString(i + 1, ALL.get(i).email());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            // 42S02: no such table, i.e. a database the application has not migrated yet, so no account.
            if ("42S02".equals(e.getSQLState())) {
                return List.of();
            }
            throw e;
        }
        List<String> found = new ArrayList<>();
        for (Demo demo : ALL) {
            String hash = hashes.get(demo.email());
            if (HASHES.test(demo.password(), hash) || HASHES.test(demo.formerPassword(), hash)) {
                found.add(demo.email());
            }
        }
        return found;
    }

    /** The problem to list for each account found by {@link #withDemoPassword}. */
    static List<String> problems(List<String> emails) {
        return emails.stream().map(email -> "The demo account " + email + " still has its demo password "
                + "printed in the README: change its password or remove the account.").toList();
    }
}
