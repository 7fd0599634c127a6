package vn.ocop.market.region;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data in {@code shared/data}: where {@code OCOP_SHARED_DIR} (or the Maven property
 * {@code ocop.shared.dir}) says, else beside the project root (the directory holding {@code .mvn}),
 * else this machine's {@code /work/shared}.
 */
final class SharedData {

    private SharedData() {
    }

    static Path adminUnits() {
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        for (String configured : new String[] {System.getenv("OCOP_SHARED_DIR"), System.getProperty("ocop.shared.dir")}) {
            if (configured != null && !configured.isBlank()) {
                candidates.add(Path.of(configured));
            }
        }
        candidates.add(projectRoot().resolve("../shared"));
        candidates.add(Path.of("/work/shared"));
        for (Path dir : candidates) {
            Path file = dir.resolve("data/vn-admin-units-2025.json").normalize();
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("Reference data missing: data/vn-admin-units-2025.json in none of " + candidates
                + "; set OCOP_SHARED_DIR");
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No directory with .mvn above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
