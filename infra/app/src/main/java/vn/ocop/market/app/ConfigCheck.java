package vn.ocop.market.app;

import vn.ocop.market.shared.RunMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What keeps a configuration from being safe on the internet, read from environment variables only, so
 * that it is the same verdict at startup and with {@code --check-config}, and testable from a map.
 * The demo accounts' passwords need the database and are checked by {@link DemoAccounts}.
 */
final class ConfigCheck {

    /** Shortest secret accepted in production: 32 characters is 192 bits of base64 and out of guessing reach. */
    static final int MIN_SECRET_LENGTH = 32;
    /** The master secret of the demo mode, printed in the README; refused in production. */
    static final String DEMO_SECRET_KEY = vn.ocop.market.account.SecretCipher.DEMO_KEY;
    /** The admin API token of the demo mode, printed in the README; in production the variable must be unset. */
    static final String DEMO_ADMIN_TOKEN = "demo-admin-token";

    /** Every secret value the README shows: a secret equal to one of them is public. */
    private static final Set<String> DOCUMENTED = Set.of(DEMO_SECRET_KEY, DEMO_ADMIN_TOKEN,
            DemoAccounts.OFFICER.password(), DemoAccounts.ADMIN.password(), DemoAccounts.PRODUCER.password(),
            DemoAccounts.CONSUMER.password(), DemoAccounts.OFFICER.formerPassword(), DemoAccounts.ADMIN.formerPassword(),
            DemoAccounts.PRODUCER.formerPassword(), DemoAccounts.CONSUMER.formerPassword());

    private final Map<String, String> env;

    ConfigCheck(Map<String, String> env) {
        this.env = env;
    }

    /** The mode OCOP_MODE names; production unless it says "demo". */
    RunMode mode() {
        return RunMode.of(env.get("OCOP_MODE"));
    }

    /** Every reason a production start is refused, in a fixed order; empty when the environment is fine. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank("DB_URL")) {
            problems.add("DB_URL is not set: production needs a MySQL 8 / MariaDB 10.11+ server "
                    + "(jdbc:mysql://host:3306/ocop?connectionTimeZone=UTC); embedded engines are for the demo only.");
        }
        if (blank("ELASTICSEARCH_URL")) {
            problems.add("ELASTICSEARCH_URL is not set: production needs an Elasticsearch 9 cluster; "
                    + "the embedded node is for the demo only.");
        }
        secret("DB_PASSWORD", "the database account's password", problems);
        secret("OCOP_SECRET_KEY", "the application's master secret (e.g. `openssl rand -base64 48`)", problems);
        if (!blank("OCOP_ADMIN_TOKEN")) {
            problems.add("OCOP_ADMIN_TOKEN is set: the single admin token is a demo bootstrap only; unset it "
                    + "and give each provincial system an API client.");
        }
        boolean stripeKey = !blank("STRIPE_SECRET_KEY");
        boolean stripeWebhook = !blank("STRIPE_WEBHOOK_SECRET");
        if (stripeKey != stripeWebhook) {
            problems.add((stripeKey ? "STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET"
                    : "STRIPE_WEBHOOK_SECRET is set without STRIPE_SECRET_KEY")
                    + ": card payments need both (or neither, to offer no card payment).");
        }
        if (stripeKey) {
            secret("STRIPE_SECRET_KEY", "Stripe's secret API key", problems);
        }
        if (stripeWebhook) {
            secret("STRIPE_WEBHOOK_SECRET", "the signing secret of the Stripe webhook", problems);
        }
        if (!blank("MAIL_USER")) {
            secret("MAIL_PASSWORD", "the SMTP password of MAIL_USER", problems);
        }
        s3(problems);
        return problems;
    }

    /** The S3 photo store: none of its variables, or every one it needs (the endpoint may be AWS's own). */
    private void s3(List<String> problems) {
        List<String> needed = List.of("OCOP_S3_BUCKET", "OCOP_S3_REGION", "OCOP_S3_ACCESS_KEY", "OCOP_S3_SECRET_KEY");
        boolean any = !blank("OCOP_S3_ENDPOINT") || needed.stream().anyMatch(name -> !blank(name));
        if (!any) {
            return;
        }
        List<String> missing = needed.stream().filter(this::blank).toList();
        if (!missing.isEmpty()) {
            problems.add(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set while other OCOP_S3_ variables are: the S3 photo store needs the bucket, region, "
                    + "access key and secret (or none of them, to keep photos on the local disk).");
        }
    }

    private void secret(String name, String what, List<String> problems) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            problems.add(name + " is not set: " + what + ", at least " + MIN_SECRET_LENGTH + " characters.");
        } else if (DOCUMENTED.contains(value.trim())) {
            problems.add(name + " is a demo value printed in the README: choose a secret of your own.");
        } else if (value.length() < MIN_SECRET_LENGTH) {
            // The length only, never the value: this message goes to logs.
            problems.add(name + " has " + value.length() + " characters: " + what + " needs at least "
                    + MIN_SECRET_LENGTH + ".");
        }
    }

    private boolean blank(String name) {
        String value = env.get(name);
        return value == null || value.isBlank();
    }

    /** The console text for a verdict: OK, or every problem numbered, with what to do next. */
    static String verdict(RunMode mode, List<String> problems) {
        StringBuilder out = new StringBuilder();
        if (mode.demo()) {
            out.append("OCOP_MODE=demo: embedded engines, demo data and demo credentials; not for the internet.");
            if (!problems.isEmpty()) {
                out.append("\nIn production mode (OCOP_MODE=production) this configuration would be refused:");
            }
        } else if (problems.isEmpty()) {
            return "Configuration OK for production mode (OCOP_MODE=production).";
        } else {
            out.append("Chợ OCOP refuses to start in production mode (OCOP_MODE=production): ")
                    .append(problems.size()).append(problems.size() == 1 ? " problem." : " problems.");
        }
        for (int i = 0; i < problems.size(); i++) {
            out.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
        }
        if (!mode.demo()) {
            out.append("\nFix them all (README, \"Modes\"), check with --check-config, or run the demo with OCOP_MODE=demo.");
        }
        return out.toString();
    }
}
