package vn.ocop.market.region;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference data in {@code shared/data}, beside the project root (the directory holding {@code .mvn}). */
final class SharedData {

    private SharedData() {
    }

    static Path adminUnits() {
        Path file = projectRoot().resolve("../shared/data/vn-admin-units-2025.json").normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference data missing: " + file);
        }
        return file;
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
