package vn.ocop.market.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The domain stays free of UI, payment and search-engine code (checked with all of them on the class path). */
class ArchitectureTest {

    private static boolean inDomainModule(Location location) {
        String uri = location.toString();
        return uri.contains("/domain/target/classes") || uri.matches(".*/domain-[^/]*\\.jar.*");
    }

    @Test
    void domainImportsNothingFromVaadinStripeOrElasticsearch() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ArchitectureTest::inDomainModule)
                .importPackages("vn.ocop.market");
        assertFalse(domain.isEmpty(), "domain classes were found");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "com.stripe..", "co.elastic..", "org.elasticsearch..")
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

    /**
     * The application's modules; the embedded engines (a local Stripe, the search node's launcher)
     * are test doubles and tools, not the application, and keep their own time.
     */
    private static boolean inApplicationModule(Location location) {
        String uri = location.toString();
        return java.util.stream.Stream.of("domain", "search-index", "shop", "admin", "app").anyMatch(module ->
                uri.contains("/" + module + "/target/classes") || uri.matches(".*/" + module + "-[^/]*\\.jar.*"));
    }

    @Test
    void timeComesFromTheInjectedClockAndDatesAreVietnamese() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ArchitectureTest::inApplicationModule)
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ocop.market");
        assertFalse(main.isEmpty(), "application classes were found");
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
