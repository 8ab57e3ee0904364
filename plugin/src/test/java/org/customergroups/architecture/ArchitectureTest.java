package org.customergroups.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.nio.file.Path;

/**
 * The ports-and-adapters rules ({@link LayerRules}) on the plugin's compiled main classes only:
 * no tests, no testkit, no jars. A rule breaking here means a dependency in the wrong direction;
 * fix the code, not the rule. {@link LayerRulesTest} proves each rule can fail.
 */
@AnalyzeClasses(packages = "org.customergroups",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.PluginMainClassesOnly.class})
class ArchitectureTest {

    private static final LayerRules RULES = new LayerRules("org.customergroups");

    /** Keeps classes compiled into this module's target/classes (drops testkit, platform-api and every jar). */
    public static final class PluginMainClassesOnly implements ImportOption {
        private static final Path MAIN = Path.of("target/classes").toAbsolutePath().normalize();

        public PluginMainClassesOnly() {
        }

        @Override
        public boolean includes(Location location) {
            return "file".equals(location.asURI().getScheme())
                    && Path.of(location.asURI()).toAbsolutePath().normalize().startsWith(MAIN);
        }
    }

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = RULES.domainDependsOnlyOnTheJdk();

    @ArchTest
    static final ArchRule portsDependOnlyOnTheDomain = RULES.portsDependOnlyOnTheDomain();

    @ArchTest
    static final ArchRule servicesDependOnlyOnDomainAndPorts = RULES.servicesDependOnlyOnDomainAndPorts();

    @ArchTest
    static final ArchRule onlyTheStoreUsesActiveObjects = RULES.onlyTheStoreUsesActiveObjects();

    @ArchTest
    static final ArchRule onlyTheJiraEdgeUsesJiraAndCrowd = RULES.onlyTheJiraEdgeUsesJiraAndCrowd();

    @ArchTest
    static final ArchRule componentAccessorIsNotUsedOutsideTheJiraEdge = RULES.componentAccessorIsNotUsedOutsideTheJiraEdge();

    @ArchTest
    static final ArchRule atMostOneJiraClassUsesComponentAccessor = RULES.atMostOneJiraClassUsesComponentAccessor();

    @ArchTest
    static final ArchRule restAndWebDoNotUseTheStore = RULES.restAndWebDoNotUseTheStore();

    @ArchTest
    static final ArchRule noJavaxInDomainPortsAndServices = RULES.noJavaxInDomainPortsAndServices();

    @ArchTest
    static final ArchRule aoEntitiesNeverLeaveTheStore = RULES.aoEntitiesNeverLeaveTheStore();
}
