package vn.ocop.market.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The module and package rules: the domain stays free of web, UI, payment and search-engine code
 * (checked with all of them on the class path), views are prototypes, views and APIs reach data
 * through services, feature packages do not depend on each other in a circle, and time comes from
 * the injected clock.
 */
class ArchitectureTest {

    private static JavaClasses application() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ArchitectureTest::inApplicationModule)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ocop.market");
        assertFalse(main.isEmpty(), "application classes were found");
        return main;
    }

    private static boolean inDomainModule(Location location) {
        String uri = location.toString();
        return uri.contains("/domain/target/classes") || uri.matches(".*/domain-[^/]*\\.jar.*");
    }

    @Test
    void domainImportsNoWebUiPaymentOrSearchEngineCode() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ArchitectureTest::inDomainModule)
                .importPackages("vn.ocop.market");
        assertFalse(domain.isEmpty(), "domain classes were found");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "io.micronaut.http..", "jakarta.servlet..", "org.eclipse.jetty..",
                        "com.stripe..", "co.elastic..", "org.elasticsearch..")
                .because("the domain is used by the storefront, the console, the API and the jobs alike")
                .check(domain);
    }

    @Test
    void certificationDoesNotDependOnProducts() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ArchitectureTest::inDomainModule)
                .importPackages("vn.ocop.market");
        // product reads the listing rule from certification; certification reaches products only
        // through the CertifiedProducts interface that product implements.
        noClasses().that().resideInAPackage("vn.ocop.market.certification..")
                .should().dependOnClassesThat().resideInAPackage("vn.ocop.market.product..")
                .check(domain);
    }

    @Test
    void routesArePrototypesAndNoViewIsASingleton() {
        JavaClasses main = application();
        classes().that().areAnnotatedWith(Route.class).should().beAnnotatedWith(Prototype.class)
                .because("Vaadin builds every view through Micronaut (BeanInstantiator), one per navigation")
                .check(main);
        noClasses().that().areAssignableTo(Component.class).should().beAnnotatedWith(Singleton.class)
                .because("a component belongs to one UI; a singleton would be shared between visitors")
                .check(main);
    }

    @Test
    void viewsAndApisReachDataThroughServicesNeverRepositories() {
        noClasses().that().resideInAnyPackage("..api..", "..ui..", "..console..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a service checks roles and owners and keeps the outbox in the transaction")
                .check(application());
    }

    @Test
    void apisUseNoViewCode() {
        noClasses().that().resideInAnyPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..console..")
                .because("the JSON API does not depend on views; what both need lives outside the UI packages")
                .check(application());
    }

    @Test
    void packagesHaveNoCycles() {
        // One package per feature per module (product, product.ui, product.console, ...): the shells
        // (ui, console) may use the features and a feature's views the shells, but no package may
        // reach itself again through others.
        slices().matching("vn.ocop.market.(**)").should().beFreeOfCycles()
                .because("a feature is changed and tested on its own")
                .check(application());
    }

    @Test
    void sqlIsWrittenOnlyInRepositories() {
        // Queries the repositories' method names cannot say are @Query methods on the repositories;
        // DemoAccounts' check runs before any application context exists (--check-config).
        noClasses().that().doNotHaveFullyQualifiedName("vn.ocop.market.app.DemoAccounts")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("prepare(Statement|Call)")))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.data.jdbc.runtime.JdbcOperations")
                .because("one way to query: repositories with @Query and DTO projections, columns by name")
                .check(application());
    }

    /** The replica's reader and its repository (with the classes Micronaut generates for them). */
    private static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> READS_REPLICA =
            com.tngtech.archunit.base.DescribedPredicate.describe("read the replica data source", c ->
                    c.getPackageName().equals("vn.ocop.market.product")
                            && (c.getName().contains("ShopWindow") || c.getName().contains("ReplicaCatalogRepository")));

    @Test
    void onlyTheShopWindowReadsTheReplica() {
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.not(READS_REPLICA))
                .should().dependOnClassesThat().haveSimpleNameContaining("ReplicaCatalogRepository")
                .because("the replica answers what tolerates staleness; ShopWindow names what that is")
                .check(application());
    }

    @Test
    void checkoutStockAndPaymentsNeverReadTheReplica() {
        // The services and APIs that decide (stock taken, certificate checked at checkout, payment applied)
        // must not reach the replica, not even through another class; views only show.
        noClasses().that().resideInAnyPackage("vn.ocop.market.order", "vn.ocop.market.order.api", "vn.ocop.market.cart",
                        "vn.ocop.market.cart.api", "vn.ocop.market.payment", "vn.ocop.market.payment.api",
                        "vn.ocop.market.certification")
                .or().haveFullyQualifiedName("vn.ocop.market.product.Stock")
                .or().haveFullyQualifiedName("vn.ocop.market.product.StockSheets")
                .should().transitivelyDependOnClassesThat(READS_REPLICA)
                .because("a replica lags: stock, certificates at checkout and payments are read on the primary")
                .check(application());
        noClasses().that().resideInAnyPackage("vn.ocop.market.order..", "vn.ocop.market.cart..", "vn.ocop.market.payment..")
                .should().dependOnClassesThat(READS_REPLICA)
                .because("checkout, cart and payment views show what the primary says")
                .check(application());
    }

    @Test
    void onlyTheShopWindowNamesTheReplicaDataSource() throws java.io.IOException {
        // A @Transactional("replica") or a second repository on it elsewhere would escape the rules above.
        java.nio.file.Path root = java.nio.file.Path.of("").toAbsolutePath();
        while (!java.nio.file.Files.exists(root.resolve("CONTRIBUTING.md"))) {
            root = root.getParent();
        }
        java.util.List<String> naming = new java.util.ArrayList<>();
        for (String module : new String[] {"domain", "search-index", "shop", "admin", "infra/app"}) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = java.nio.file.Files.readString(f);
                    if ((text.contains("ShopWindow.DATASOURCE") || text.contains("\"replica\""))
                            && !f.endsWith("ShopWindow.java") && !f.endsWith("ReplicaCatalogRepository.java")
                            && !f.endsWith("ReplicaConnections.java")) {
                        naming.add(root.relativize(f).toString());
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), naming, "only ShopWindow reads the replica");
    }

    /**
     * The application's modules; the engines (the search node's launcher, the embedded database)
     * and the test doubles are tools, not the application, and keep their own time.
     */
    private static boolean inApplicationModule(Location location) {
        String uri = location.toString();
        return java.util.stream.Stream.of("domain", "search-index", "shop", "admin", "app").anyMatch(module ->
                uri.contains("/" + module + "/target/classes") || uri.matches(".*/" + module + "-[^/]*\\.jar.*"));
    }

    @Test
    void timeComesFromTheInjectedClockAndDatesAreVietnamese() {
        JavaClasses main = application();
        // The server's clock and zone are not the application's: a UTC server is still on yesterday
        // between 00:00 and 07:00 in Vietnam, and tests move the injected clock. Use the injected Clock
        // and VietnameseDates.today(clock); only ClockFactory reads the system clock.
        noClasses().that().doNotHaveFullyQualifiedName("vn.ocop.market.shared.ClockFactory")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.util.TimeZone.class, "getDefault")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callConstructor(java.util.Date.class)
                .because("time comes from the injected Clock, and dates are Vietnam's (VietnameseDates.today)")
                .check(main);
    }
}
