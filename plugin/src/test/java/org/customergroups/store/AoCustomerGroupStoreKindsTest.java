package org.customergroups.store;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules, kinds and auto-join domains in the customer-group store, and DEFAULT groups listed first, on H2 and (when
 * CG_PG_URL is set) PostgreSQL.
 */
class AoCustomerGroupStoreKindsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:15:30.123Z");

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRuleMakesTheGroupDynamicAndRemovingItStaticAgain(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            CustomerGroup acme = store.create("Acme", GroupKind.STATIC, "Key account", null, "admin", NOW);
            // Long, multi-line, with quotes, escapes and non-ASCII text: stored verbatim.
            String rule = "displayName contains \"Zoë \\\"Ω\\\" \\\\\"\nor " + "username = \"x\" or ".repeat(95)
                    + "username = \"y\"";

            CustomerGroup dynamic = store.setRule(acme.id(), rule).orElseThrow();
            db.activeObjects().flushAll();

            assertEquals(GroupKind.DYNAMIC, dynamic.kind());
            assertEquals(rule, dynamic.rule());
            CustomerGroup read = store.findById(acme.id()).orElseThrow();
            assertEquals(dynamic, read);
            assertEquals("Key account", read.description());
            assertEquals(read, store.findByName("ACME").orElseThrow());
            assertEquals(List.of(read), store.search("acm", PageRequest.of(null, null)).values());
            assertEquals(List.of(read), store.findByIds(List.of(acme.id())));

            CustomerGroup again = store.setRule(acme.id(), null).orElseThrow();
            assertEquals(GroupKind.STATIC, again.kind());
            assertNull(again.rule());
            assertEquals(again, store.findById(acme.id()).orElseThrow());
            assertTrue(store.setRule(acme.id() + 1000, "username = \"x\"").isEmpty());
            assertTrue(store.setRule(-1, null).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofKindListsOneKindByNameIgnoringCase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            store.create("Verified Customers", GroupKind.DEFAULT, null, null, null, NOW);
            store.create("customers", GroupKind.DEFAULT, null, null, null, NOW);
            long zeta = store.create("Zeta", GroupKind.STATIC, null, null, null, NOW).id();
            long beta = store.create("beta", GroupKind.STATIC, null, null, null, NOW).id();
            store.create("Alpha", GroupKind.STATIC, null, null, null, NOW);
            store.setRule(zeta, "username = \"z\"");
            store.setRule(beta, "username = \"b\"");

            assertEquals(List.of("customers", "Verified Customers"), names(store.ofKind(GroupKind.DEFAULT)));
            assertEquals(List.of("beta", "Zeta"), names(store.ofKind(GroupKind.DYNAMIC)));
            assertEquals(List.of("username = \"b\"", "username = \"z\""),
                    store.ofKind(GroupKind.DYNAMIC).stream().map(CustomerGroup::rule).toList());
            assertEquals(List.of("Alpha"), names(store.ofKind(GroupKind.STATIC)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withAutoJoinDomainsListsTheGroupsThatHaveAny(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            GroupSettings acmeDomains = new GroupSettings(List.of("acme.example", "acme.test"), false,
                    ViewPolicy.EVERYONE, UpdatePolicy.JIRA_ADMINS);
            CustomerGroup zed = store.create("zed", GroupKind.STATIC, null, acmeDomains, null, NOW);
            CustomerGroup acme = store.create("Acme", GroupKind.STATIC, null, null, null, NOW);
            store.create("Globex", GroupKind.STATIC, null, null, null, NOW);
            store.update(acme.id(), "", new GroupSettings(List.of("acme.example"), false,
                    ViewPolicy.AGENTS_OF_USING_PROJECTS, UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS));

            List<CustomerGroup> found = store.withAutoJoinDomains();
            assertEquals(List.of("Acme", "zed"), names(found));
            assertEquals(List.of("acme.example", "acme.test"), found.get(1).settings().autoJoinDomains());

            store.update(zed.id(), "", GroupSettings.defaults());
            assertEquals(List.of("Acme"), names(store.withAutoJoinDomains()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchListsDefaultGroupsFirstAndPagesAcrossBothParts(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            for (String name : List.of("Acme", "Zeta", "beta", "Acme Customers", "Customer Success")) {
                store.create(name, GroupKind.STATIC, null, null, null, NOW);
            }
            store.create("Verified Customers", GroupKind.DEFAULT, null, null, null, NOW);
            store.create("Customers", GroupKind.DEFAULT, null, null, null, NOW);
            store.create("Customer Admins", GroupKind.DEFAULT, null, null, null, NOW);
            store.setRule(store.findByName("Zeta").orElseThrow().id(), "username = \"z\"");
            List<String> all = List.of("Customer Admins", "Customers", "Verified Customers", "Acme", "Acme Customers",
                    "beta", "Customer Success", "Zeta");

            for (int limit = 1; limit <= 9; limit++) {
                List<String> walked = new ArrayList<>();
                for (int start = 0; start < all.size(); start += limit) {
                    Page<CustomerGroup> page = store.search(null, new PageRequest(start, limit));
                    assertEquals(all.size(), page.total(), "start " + start + " limit " + limit);
                    walked.addAll(names(page.values()));
                }
                assertEquals(all, walked, "limit " + limit);
            }
            Page<CustomerGroup> customers = store.search(" CUSTOMER", new PageRequest(2, 2));
            assertEquals(5, customers.total());
            assertEquals(List.of("Verified Customers", "Acme Customers"), names(customers.values()));
            Page<CustomerGroup> beyond = store.search(null, new PageRequest(20, 5));
            assertEquals(8, beyond.total());
            assertEquals(List.of(), beyond.values());
            Page<CustomerGroup> none = store.search("nothing", PageRequest.of(null, null));
            assertEquals(0, none.total());
        }
    }

    private static List<String> names(List<CustomerGroup> groups) {
        return groups.stream().map(CustomerGroup::name).toList();
    }
}
