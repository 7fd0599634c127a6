package vn.ocop.market.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code infra/app/target/security-report.md}: each security test writes its own section, and the
 * report is put together again from every section written so far, so tests run alone or together
 * leave one file.
 */
final class SecurityReport {

    private static final Path DIR = Path.of("target", "security-report");
    private static final Path REPORT = Path.of("target", "security-report.md");

    static void section(String name, String markdown) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
            StringBuilder all = new StringBuilder("# Security report\n\n");
            try (Stream<Path> sections = Files.list(DIR)) {
                for (Path section : sections.sorted().toList()) {
                    all.append(Files.readString(section, StandardCharsets.UTF_8)).append('\n');
                }
            }
            Files.writeString(REPORT, all, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SecurityReport() {
    }
}
