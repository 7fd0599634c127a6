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
}
