package org.customergroups.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of {@link LayerRules}, run on the rule-breaking classes of the {@code fixture} package, reports them. */
class LayerRulesTest {

    private static final String FIXTURE = "org.customergroups.architecture.fixture";
    private static final LayerRules RULES = new LayerRules(FIXTURE);
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    private static void assertViolated(Function<LayerRules, ArchRule> rule, String... fragments) {
        EvaluationResult result = rule.apply(RULES).evaluate(CLASSES);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "no violation reported:\n" + report);
        for (String fragment : fragments) {
            assertTrue(report.contains(fragment), "expected '" + fragment + "' in:\n" + report);
        }
    }

    @Test
    void domainRuleCatchesAJaxRsType() {
        assertViolated(LayerRules::domainDependsOnlyOnTheJdk, "LeakyRecord", "javax.ws.rs.core.Response");
    }

    @Test
    void portRuleCatchesALoggerType() {
        assertViolated(LayerRules::portsDependOnlyOnTheDomain, "LoggingPort", "org.slf4j.Logger");
    }

    @Test
    void serviceRuleCatchesAnAoQuery() {
        assertViolated(LayerRules::servicesDependOnlyOnDomainAndPorts, "QueryingService", "net.java.ao.Query");
    }

    @Test
    void storeOnlyRuleCatchesAoOutsideTheStore() {
        assertViolated(LayerRules::onlyTheStoreUsesActiveObjects, "QueryingService");
    }

    @Test
    void jiraEdgeRuleCatchesJiraTypesInWeb() {
        assertViolated(LayerRules::onlyTheJiraEdgeUsesJiraAndCrowd, "LookupPage");
    }

    @Test
    void componentAccessorRulesCatchUseOutsideJiraAndASecondUserInside() {
        assertViolated(LayerRules::componentAccessorIsNotUsedOutsideTheJiraEdge, "LookupPage");
        assertViolated(LayerRules::atMostOneJiraClassUsesComponentAccessor, "2 classes use", "FirstBootstrap",
                "SecondBootstrap");
    }

    @Test
    void restAndWebRuleCatchesAStoreCall() {
        assertViolated(LayerRules::restAndWebDoNotUseTheStore, "StoreResource", "FakeStore");
    }

    @Test
    void javaxRuleCatchesJaxRsInTheDomain() {
        assertViolated(LayerRules::noJavaxInDomainPortsAndServices, "LeakyRecord");
    }

    @Test
    void aoSignatureRuleCatchesEntitiesInParametersAndReturnTypes() {
        assertViolated(LayerRules::aoEntitiesNeverLeaveTheStore,
                "StoreResource.list() exposes AO entities: [return type " + FIXTURE + ".store.ao.FakeEntity]",
                "StoreResource.name(" + FIXTURE + ".store.ao.FakeEntity) exposes AO entities");
    }
}
