package org.customergroups.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Collection;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The ports-and-adapters rules of the design (DESIGN §3), for the layer packages below a base
 * package: {@code org.customergroups} for the plugin, a fixture package in the tests that prove
 * each rule can fail.
 */
final class LayerRules {

    static final String COMPONENT_ACCESSOR = "com.atlassian.jira.component.ComponentAccessor";

    private final String domain;
    private final String port;
    private final String service;
    private final String store;
    private final String rest;
    private final String web;
    private final String jira;

    LayerRules(String base) {
        domain = base + ".domain..";
        port = base + ".port..";
        service = base + ".service..";
        store = base + ".store..";
        rest = base + ".rest..";
        web = base + ".web..";
        jira = base + ".jira..";
    }

    ArchRule domainDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain)
                .because("the domain is the plugin's core: records and rules that run and are tested anywhere, "
                        + "with no Jira, Active Objects or javax types");
    }

    ArchRule portsDependOnlyOnTheDomain() {
        return classes().that().resideInAPackage(port)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain, port)
                .because("ports say what the domain needs from its host in the domain's own terms; adapters "
                        + "(store, jira, sandbox) translate host types");
    }

    ArchRule servicesDependOnlyOnDomainAndPorts() {
        return classes().that().resideInAPackage(service)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain, port, service, "org.slf4j..")
                .because("use cases reach the host only through ports, so they run unchanged in Jira, the sandbox "
                        + "and plain unit tests");
    }

    ArchRule onlyTheStoreUsesActiveObjects() {
        return noClasses().that().resideOutsideOfPackage(store)
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .because("the store is the only code that touches ActiveObjects; everything else sees domain records");
    }

    ArchRule onlyTheJiraEdgeUsesJiraAndCrowd() {
        return noClasses().that().resideOutsideOfPackage(jira)
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.atlassian.crowd..")
                .because("jira/ is the one edge that knows Jira's API: the sandbox replaces it, and Jira API "
                        + "changes stay in one package");
    }

    ArchRule componentAccessorIsNotUsedOutsideTheJiraEdge() {
        return noClasses().that().resideOutsideOfPackage(jira)
                .should().dependOnClassesThat().haveFullyQualifiedName(COMPONENT_ACCESSOR)
                .because("static service lookup hides dependencies from tests; use constructor injection");
    }

    ArchRule atMostOneJiraClassUsesComponentAccessor() {
        return classes().that().resideInAPackage(jira)
                .should(new AtMostOneTopLevelClassUsing(COMPONENT_ACCESSOR))
                .because("ComponentAccessor is allowed in at most one bootstrap class of jira/ (DESIGN §3)");
    }

    ArchRule restAndWebDoNotUseTheStore() {
        return noClasses().that().resideInAnyPackage(rest, web)
                .should().dependOnClassesThat().resideInAPackage(store)
                .because("resources and pages call services; persistence is reached through ports");
    }

    ArchRule noJavaxInDomainPortsAndServices() {
        return noClasses().that().resideInAnyPackage(domain, port, service)
                .should().dependOnClassesThat().resideInAPackage("javax..")
                .because("Jira 11 moves javax.* to jakarta.*; keeping javax out of domain, ports and services "
                        + "keeps that move a mechanical change of the edges only");
    }

    ArchRule aoEntitiesNeverLeaveTheStore() {
        return codeUnits().that().areDeclaredInClassesThat().resideOutsideOfPackage(store)
                .and().arePublic()
                .should(new NotMentionInSignature(assignableTo("net.java.ao.RawEntity")))
                .because("AO proxies are bound to the store's session and transaction: stores map them to domain "
                        + "records, and they never leave a store");
    }

    /** Violated when more than one top-level class (nested and lambda classes count as their outer one) uses the type. */
    static final class AtMostOneTopLevelClassUsing extends ArchCondition<JavaClass> {
        private final String type;
        private final TreeMap<String, Set<String>> users = new TreeMap<>();

        AtMostOneTopLevelClassUsing(String type) {
            super("be the only class using " + type);
            this.type = type;
        }

        @Override
        public void init(Collection<JavaClass> all) {
            users.clear();
        }

        @Override
        public void check(JavaClass c, ConditionEvents events) {
            c.getDirectDependenciesFromSelf().stream()
                    .filter(d -> d.getTargetClass().getName().equals(type))
                    .forEach(d -> users.computeIfAbsent(c.getName().split("\\$")[0], k -> new TreeSet<>())
                            .add(d.getDescription()));
        }

        @Override
        public void finish(ConditionEvents events) {
            if (users.size() > 1) {
                events.add(SimpleConditionEvent.violated(users,
                        users.size() + " classes use " + type + " (at most one may): " + users));
            }
        }
    }

    /** Violated by code units whose parameter or return types (type arguments included) involve a matching class. */
    static final class NotMentionInSignature extends ArchCondition<JavaCodeUnit> {
        private final DescribedPredicate<JavaClass> forbidden;

        NotMentionInSignature(DescribedPredicate<JavaClass> forbidden) {
            super("not have parameter or return types that are " + forbidden.getDescription());
            this.forbidden = forbidden;
        }

        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
            Set<String> found = new TreeSet<>();
            for (JavaType t : unit.getParameterTypes()) {
                t.getAllInvolvedRawTypes().stream().filter(forbidden).forEach(c -> found.add("parameter " + c.getName()));
            }
            unit.getReturnType().getAllInvolvedRawTypes().stream().filter(forbidden)
                    .forEach(c -> found.add("return type " + c.getName()));
            if (!found.isEmpty()) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes AO entities: " + found));
            }
        }
    }
}
