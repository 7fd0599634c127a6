package vn.ocop.market.app;

import org.junit.jupiter.api.Test;
import vn.ocop.market.shared.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text is in every language, every key the code asks for exists, and every key in the bundles
 * is used. A key counts as used when the main code holds it as a string literal, or holds a literal
 * prefix of it ending in a dot (a family such as {@code "product.group." + group.name()}).
 */
class MessageBundlesTest {

    /**
     * Literal keys the code asks for: {@code text("key"}, {@code text(locale, "key"}, {@code getTranslation("key"},
     * {@code code("key"}, {@code Localized.key("key"}, and the error codes {@code FieldError.of(field, "code"},
     * {@code InvalidInputException.of(field, "code"} (the field a literal or a name).
     */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:text|getTranslation|code|key|(?:FieldError|InvalidInputException)\\.of)\\(\\s*(?:(?:[\\w.()]+|\"[^\"]*\")\\s*,\\s*)?"
                    + "\"([a-z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)*\\.?)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyLanguageHasEveryKeyAndNoneIsBlank() {
        List<Locale> languages = Messages.languages();
        assertTrue(languages.size() >= 2, "Vietnamese and English at least: " + languages);
        assertEquals("vi", languages.getFirst().getLanguage(), "Vietnamese comes first");
        Set<String> vietnamese = Messages.texts("vi").keySet();
        for (Locale language : languages) {
            Map<String, String> texts = Messages.texts(language.getLanguage());
            assertEquals(new TreeSet<>(vietnamese), new TreeSet<>(texts.keySet()), "keys of " + language);
            List<String> blank = texts.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList();
            assertTrue(blank.isEmpty(), "blank in " + language + ": " + blank);
        }
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArgumentsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        Map<String, String> first = Messages.texts("vi");
        for (Locale language : Messages.languages()) {
            Messages.texts(language.getLanguage()).forEach((key, pattern) -> {
                if (pattern.replace("''", "").contains("'")) {
                    problems.add(language + " " + key + ": a lone apostrophe (write '' for one)");
                }
                try {
                    new MessageFormat(pattern, language);
                } catch (IllegalArgumentException e) {
                    problems.add(language + " " + key + ": " + e.getMessage());
                }
                if (!placeholders(pattern).equals(placeholders(first.get(key)))) {
                    problems.add(language + " " + key + ": arguments " + placeholders(pattern) + " but Vietnamese has "
                            + placeholders(first.get(key)));
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        Set<String> missing = new TreeSet<>();
        for (String source : mainSources()) {
            Matcher asked = ASKED.matcher(source);
            while (asked.find()) {
                if (!Messages.has(asked.group(1))) {
                    missing.add(asked.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys asked for but not in the bundles: " + missing);
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        Set<String> literals = new TreeSet<>();
        for (String source : mainSources()) {
            Matcher literal = LITERAL.matcher(source);
            while (literal.find()) {
                literals.add(literal.group(1));
            }
        }
        Set<String> unused = Messages.texts("vi").keySet().stream()
                .filter(key -> !literals.contains(key) && !usedAsFamily(key, literals))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unused.isEmpty(), "keys in the bundles that no code uses: " + unused);
    }

    @Test
    void everyAuditActionTheDomainRecordsHasAText() {
        Pattern recorded = Pattern.compile("audit\\.record\\([^;]*?\"([A-Z][A-Z_]+)\"(?:\\s*:\\s*\"([A-Z][A-Z_]+)\")?");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (String source : mainSources()) {
            Matcher m = recorded.matcher(source);
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.group(g) != null) {
                        found++;
                        if (!Messages.has("console.audit.action." + m.group(g))) {
                            missing.add(m.group(g));
                        }
                    }
                }
            }
        }
        assertTrue(found >= 20, "audit actions found in the code: " + found);
        assertTrue(missing.isEmpty(), "audit actions without a text in the console bundle: " + missing);
    }

    private static boolean usedAsFamily(String key, Set<String> literals) {
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (literals.contains(key.substring(0, dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern == null ? "" : pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The main Java sources of every module. */
    static List<String> mainSources() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("domain")) || !Files.exists(root.resolve("shop"))) {
            root = root.getParent();
        }
        List<String> sources = new ArrayList<>();
        for (String module : List.of("domain", "search-index", "shop", "admin", "infra/app")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
