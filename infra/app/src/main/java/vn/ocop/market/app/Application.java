package vn.ocop.market.app;

import io.micronaut.runtime.Micronaut;

/** Starts the marketplace: engines first (unless the environment names them), then the application. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Engines engines = Engines.fromEnvironment();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(engines.properties())
                .singletons(engines.singletons())
                .start();
    }
}
