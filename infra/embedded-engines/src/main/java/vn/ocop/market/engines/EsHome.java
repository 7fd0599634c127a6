package vn.ocop.market.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the Elasticsearch home that the es-node module assembles at build time. */
public final class EsHome {

    /** Where the build puts the home, relative to the project root. */
    public static final String BUILD_PATH = "infra/es-node/target/es-home";

    /** The system property that names the home explicitly. */
    public static final String PROPERTY = "ocop.es.home";

    /** The environment variable that names the home explicitly. */
    public static final String ENV = "OCOP_ES_HOME";

    private EsHome() {}

    /**
     * Returns the home named by {@value #PROPERTY}, then {@value #ENV}, then the first
     * {@value #BUILD_PATH} found walking up from the working directory; only complete homes count.
     */
    public static Path locate() {
        List<Path> tried = new ArrayList<>();
        for (String explicit : new String[] {System.getProperty(PROPERTY), System.getenv(ENV)}) {
            if (explicit != null && !explicit.isBlank()) {
                Path candidate = Path.of(explicit).toAbsolutePath().normalize();
                if (isHome(candidate)) {
                    return candidate;
                }
                tried.add(candidate);
            }
        }
        Path workingDir = Path.of("").toAbsolutePath();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(BUILD_PATH);
            if (isHome(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No Elasticsearch home found (tried " + tried + " and " + BUILD_PATH
                + " in " + workingDir + " and its parents). Build it with "
                + "'mvn -pl infra/es-node -am package' from the project root, or point -D" + PROPERTY
                + " or " + ENV + " at an existing one.");
    }

    /** Tells whether a directory looks like a home the node can start from. */
    static boolean isHome(Path dir) {
        return Files.isDirectory(dir.resolve("lib"))
                && Files.isDirectory(dir.resolve("modules/transport-netty4"))
                && Files.isDirectory(dir.resolve("config"));
    }
}
