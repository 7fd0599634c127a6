package vn.ocop.market.app;

import io.micronaut.runtime.Micronaut;

/** Starts the marketplace: engines first (unless the environment names them), then the application. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Engines engines = Engines.fromEnvironment();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(engines.properties())
                .start();
        System.out.printf("OCOP marketplace ready in %.1f s on http://localhost:%s/%n",
                (System.nanoTime() - started) / 1e9, System.getenv().getOrDefault("PORT", "8080"));
    }
}
