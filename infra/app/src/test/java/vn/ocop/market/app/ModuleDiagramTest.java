package vn.ocop.market.app;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Draws the modules and the feature packages with their dependencies from the compiled code, as
 * Mermaid graphs in {@code docs/modules.md}, and fails when the committed file differs. Regenerate
 * with {@value #REGENERATE}.
 */
class ModuleDiagramTest {

    static final String REGENERATE = "OCOP_WRITE_DIAGRAM=true ./test.sh -o -pl infra/app -am"
            + " -Dtest=ModuleDiagramTest -Dsurefire.failIfNoSpecifiedTests=false";

    /** The application's modules in build order, with the folder their classes come from. */
    private static final Map<String, String> MODULES = new java.util.LinkedHashMap<>(Map.of());

    static {
        MODULES.put("domain", "domain");
        MODULES.put("search-index", "search-index");
        MODULES.put("shop", "shop");
        MODULES.put("admin", "admin");
        MODULES.put("infra/app", "app");
    }

    private static final String ROOT_PACKAGE = "vn.ocop.market";

    @Test
    void theCommittedDiagramMatchesTheCode() throws IOException {
        String drawn = diagram();
        Path file = projectRoot().resolve("docs/modules.md");
        if ("true".equals(System.getenv("OCOP_WRITE_DIAGRAM"))) {
            Files.writeString(file, drawn, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(drawn, committed, "docs/modules.md is out of date with the code; regenerate it with: " + REGENERATE);
    }

    static String diagram() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> module(location.toString()).isPresent())
                .importPackages(ROOT_PACKAGE);
        assertFalse(classes.isEmpty(), "application classes were found");
        Map<String, Set<String>> moduleEdges = new TreeMap<>();
        Map<String, Set<String>> featureModules = new TreeMap<>();
        Map<String, Set<String>> featureEdges = new TreeMap<>();
        for (JavaClass origin : classes) {
            String fromModule = moduleOf(origin);
            String fromFeature = feature(origin);
            featureModules.computeIfAbsent(fromFeature, f -> new TreeSet<>(order())).add(fromModule);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith(ROOT_PACKAGE) || !classes.contain(target.getName())) {
                    continue;
                }
                String toModule = moduleOf(target);
                if (!toModule.equals(fromModule)) {
                    moduleEdges.computeIfAbsent(fromModule, m -> new TreeSet<>()).add(toModule);
                }
                String toFeature = feature(target);
                if (!toFeature.equals(fromFeature)) {
                    featureEdges.computeIfAbsent(fromFeature, f -> new TreeSet<>()).add(toFeature);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Modules and features\n\n")
                .append("<!-- Generated from the compiled code by ModuleDiagramTest; do not edit. Regenerate with:\n")
                .append("     ").append(REGENERATE).append(" -->\n\n")
                .append("## Modules\n\n")
                .append("An arrow means \"its code uses classes of\" (infra/app also ships admin, whose views it never\n")
                .append("names). infra/embedded-engines (the demo's and tests' MariaDB and Elasticsearch) and\n")
                .append("infra/test-engines (test doubles) are not drawn.\n\n")
                .append("```mermaid\ngraph LR\n");
        for (String module : MODULES.keySet()) {
            for (String target : moduleEdges.getOrDefault(module, Set.of())) {
                out.append("  ").append(id(module)).append("[").append(module).append("] --> ")
                        .append(id(target)).append("[").append(target).append("]\n");
            }
        }
        out.append("```\n\n## Feature packages\n\n")
                .append("Each `vn.ocop.market.<feature>` with the modules it has classes in; an arrow means its code uses\n")
                .append("the other's classes. A feature has one package per module (`product`, `product.ui`,\n")
                .append("`product.console`); `ArchitectureTest` keeps those packages free of cycles.\n\n")
                .append("```mermaid\ngraph LR\n");
        featureModules.forEach((feature, modules) -> out.append("  ").append(id(feature)).append("[\"")
                .append(feature).append("<br/>").append(String.join(" · ", modules)).append("\"]\n"));
        featureEdges.forEach((from, targets) -> targets.forEach(to -> out.append("  ").append(id(from))
                .append(" --> ").append(id(to)).append("\n")));
        out.append("```\n");
        return out.toString();
    }

    private static java.util.Comparator<String> order() {
        List<String> names = List.copyOf(MODULES.keySet());
        return java.util.Comparator.comparingInt(names::indexOf);
    }

    private static String moduleOf(JavaClass type) {
        return type.getSource().flatMap(source -> module(source.getUri().toString()))
                .orElseThrow(() -> new IllegalStateException("no module for " + type.getName()));
    }

    /** The module whose classes folder or jar {@code uri} is in. */
    private static Optional<String> module(String uri) {
        return MODULES.entrySet().stream().filter(m -> uri.contains("/" + m.getValue() + "/target/classes/")
                        || uri.contains("/" + m.getValue() + "/target/classes!")
                        || uri.endsWith("/" + m.getValue() + "/target/classes")
                        || uri.matches(".*/" + m.getValue() + "-[^/]*\\.jar.*"))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The first package name under {@code vn.ocop.market}. */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT_PACKAGE.length());
        rest = rest.startsWith(".") ? rest.substring(1) : rest;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("CONTRIBUTING.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no CONTRIBUTING.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
