package vn.ocop.market.app;

import org.junit.jupiter.api.Test;
import vn.ocop.market.shared.RunMode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production verdict on environment variables alone, as an operator reads it. */
class ConfigCheckTest {

    static final String LONG_SECRET = "k7Qp2vXw9Lm4Rt8Yz1Nc6Bd3Hf5Gj0Sa-prod";

    /** A production environment with nothing wrong (the database itself is not reached here). */
    static Map<String, String> good() {
        Map<String, String> env = new HashMap<>();
        env.put("OCOP_MODE", "production");
        env.put("DB_URL", "jdbc:mysql://db.internal:3306/ocop?connectionTimeZone=UTC");
        env.put("DB_USER", "ocop");
        env.put("DB_PASSWORD", "db-" + LONG_SECRET);
        env.put("ELASTICSEARCH_URL", "https://search.internal:9200");
        env.put("OCOP_SECRET_KEY", "key-" + LONG_SECRET);
        return env;
    }

    private static List<String> problems(Map<String, String> env) {
        return new ConfigCheck(env).problems();
    }

    @Test
    void aCompleteProductionEnvironmentHasNoProblem() {
        assertEquals(List.of(), problems(good()));
        Map<String, String> withCardsAndMail = good();
        withCardsAndMail.put("STRIPE_SECRET_KEY", "sk_live_" + LONG_SECRET);
        withCardsAndMail.put("STRIPE_WEBHOOK_SECRET", "whsec_" + LONG_SECRET);
        withCardsAndMail.put("MAIL_USER", "notices@ocop.vn");
        withCardsAndMail.put("MAIL_PASSWORD", "mail-" + LONG_SECRET);
        assertEquals(List.of(), problems(withCardsAndMail));
    }

    @Test
    void anEmptyEnvironmentIsProductionAndListsEveryMissingPieceAtOnce() {
        ConfigCheck check = new ConfigCheck(Map.of());
        assertEquals(RunMode.PRODUCTION, check.mode());
        List<String> problems = check.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("DB_URL is not set"));
        assertTrue(problems.get(1).startsWith("ELASTICSEARCH_URL is not set"));
        assertTrue(problems.get(2).startsWith("DB_PASSWORD is not set"));
        assertTrue(problems.get(3).startsWith("OCOP_SECRET_KEY is not set"));
    }

    @Test
    void secretsShorterThan32CharactersOrPrintedInTheReadmeAreRefusedWithoutEchoingThem() {
        Map<String, String> env = good();
        env.put("OCOP_SECRET_KEY", "short-secret-31-characters-long");
        env.put("DB_PASSWORD", ConfigCheck.DEMO_SECRET_KEY);
        List<String> problems = problems(env);
        assertEquals(List.of(
                "DB_PASSWORD is a demo value printed in the README: choose a secret of your own.",
                "OCOP_SECRET_KEY has 31 characters: the application's master secret (e.g. `openssl rand -base64 48`) "
                        + "needs at least 32."), problems);
        assertFalse(String.join("\n", problems).contains("short-secret"));

        env.put("OCOP_SECRET_KEY", "x".repeat(32));
        env.put("DB_PASSWORD", "QuanTri@2026");
        assertEquals(1, problems(env).size(), "a demo account's password is a documented value too");
    }

    @Test
    void theAdminTokenMustBeUnsetInProduction() {
        Map<String, String> env = good();
        env.put("OCOP_ADMIN_TOKEN", "a-perfectly-long-and-random-token-0123456789");
        assertEquals(1, problems(env).size());
        assertTrue(problems(env).getFirst().startsWith("OCOP_ADMIN_TOKEN is set"));
    }

    @Test
    void cardPaymentsNeedBothStripeSecretsAndMailLoginNeedsItsPassword() {
        Map<String, String> env = good();
        env.put("STRIPE_SECRET_KEY", "sk_live_" + LONG_SECRET);
        env.put("MAIL_USER", "notices@ocop.vn");
        env.put("MAIL_PASSWORD", "short");
        List<String> problems = problems(env);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET"));
        assertTrue(problems.get(1).startsWith("MAIL_PASSWORD has 5 characters"));

        env.remove("STRIPE_SECRET_KEY");
        env.put("STRIPE_WEBHOOK_SECRET", "whsec_short");
        env.remove("MAIL_USER");
        problems = problems(env);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("STRIPE_WEBHOOK_SECRET is set without STRIPE_SECRET_KEY"));
        assertTrue(problems.get(1).startsWith("STRIPE_WEBHOOK_SECRET has 11 characters"));
    }

    @Test
    void theS3PhotoStoreIsConfiguredWholeOrNotAtAll() {
        Map<String, String> env = good();
        env.put("OCOP_S3_ENDPOINT", "https://s3.example.vn");
        env.put("OCOP_S3_BUCKET", "ocop-photos");
        List<String> problems = problems(env);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("OCOP_S3_REGION, OCOP_S3_ACCESS_KEY, OCOP_S3_SECRET_KEY are not set"),
                problems.get(0));

        env.put("OCOP_S3_REGION", "ap-southeast-1");
        env.put("OCOP_S3_ACCESS_KEY", "photos");
        env.put("OCOP_S3_SECRET_KEY", "secret-" + LONG_SECRET);
        assertEquals(List.of(), problems(env));
        env.remove("OCOP_S3_ENDPOINT");
        assertEquals(List.of(), problems(env), "AWS's own endpoint needs no OCOP_S3_ENDPOINT");
    }

    @Test
    void onlyTheWordDemoSelectsTheDemoMode() {
        assertEquals(RunMode.DEMO, new ConfigCheck(Map.of("OCOP_MODE", " Demo ")).mode());
        assertEquals(RunMode.PRODUCTION, new ConfigCheck(Map.of("OCOP_MODE", "dmeo")).mode());
        assertEquals(RunMode.PRODUCTION, new ConfigCheck(Map.of("OCOP_MODE", "")).mode());
    }

    @Test
    void checkConfigPrintsTheVerdictAndAnswersTheExitCode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(Map.of("OCOP_ADMIN_TOKEN", ConfigCheck.DEMO_ADMIN_TOKEN));
        int code = Application.checkConfig(env, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertNotEquals(0, code);
        assertTrue(printed.startsWith("Chợ OCOP refuses to start in production mode (OCOP_MODE=production): 5 problems."),
                printed);
        for (String variable : List.of("DB_URL", "ELASTICSEARCH_URL", "DB_PASSWORD", "OCOP_SECRET_KEY", "OCOP_ADMIN_TOKEN")) {
            assertTrue(printed.contains(". " + variable + " "), variable + " in\n" + printed);
        }

        out.reset();
        env.put("OCOP_MODE", "demo");
        assertEquals(0, Application.checkConfig(env, new PrintStream(out, true, StandardCharsets.UTF_8)));
        printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("OCOP_MODE=demo: "), printed);
        assertTrue(printed.contains("would be refused"), printed);
    }
}
