package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The policy table: for a group used by HELP only, who may view, update and delete it under each policy, and
 * who may see and manage each catalog. Roles: admin (Jira admin), lead (admin of HELP), agent (agent of HELP),
 * sales (admin of SALES), staff (licensed, no role), alice (reporter account).
 */
class GroupAccessTest {

    private static ServiceFixture f;
    private static long help;
    private static long sales;

    @BeforeAll
    static void open() {
        f = new ServiceFixture();
        help = f.host.help.id();
        sales = f.host.sales.id();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static CustomerGroup groupUsedByHelp(ViewPolicy view, UpdatePolicy update) {
        CustomerGroup g = f.groupStore.create("G" + System.nanoTime(), GroupKind.STATIC, "",
                new GroupSettings(List.of(), false, view, update), "key-admin", ServiceFixture.NOW);
        f.catalogStore.add(help, g.id(), false, "key-admin", ServiceFixture.NOW);
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // user,  EVERYONE, AGENTS, ADMINS (may view)
            "admin,   true,     true,   true",
            "lead,    true,     true,   true",
            "agent,   true,     true,   false",
            "sales,   true,     false,  false",
            "staff,   true,     false,  false",
            "alice,   false,    false,  false",
    })
    void viewPolicy(String user, boolean everyone, boolean agents, boolean admins) {
        String key = "key-" + user;
        CustomerGroup open = groupUsedByHelp(ViewPolicy.EVERYONE, UpdatePolicy.JIRA_ADMINS);
        CustomerGroup agentsOnly = groupUsedByHelp(ViewPolicy.AGENTS_OF_USING_PROJECTS, UpdatePolicy.JIRA_ADMINS);
        CustomerGroup adminsOnly = groupUsedByHelp(ViewPolicy.ADMINS, UpdatePolicy.JIRA_ADMINS);
        assertEquals(everyone, f.access.canView(key, open));
        assertEquals(agents, f.access.canView(key, agentsOnly));
        assertEquals(admins, f.access.canView(key, adminsOnly));
        // The memoising viewer used for lists agrees, whatever the order it is asked in.
        var viewer = f.access.viewer(key);
        assertEquals(admins, viewer.test(adminsOnly));
        assertEquals(agents, viewer.test(agentsOnly));
        assertEquals(everyone, viewer.test(open));
        assertEquals(admins, viewer.test(adminsOnly));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // user,  JIRA_ADMINS, PROJECT_ADMINS (may update), may delete (PROJECT_ADMINS, HELP only)
            "admin,   true,        true,  true",
            "lead,    false,       true,  true",
            "agent,   false,       false, false",
            "sales,   false,       false, false",
            "staff,   false,       false, false",
            "alice,   false,       false, false",
    })
    void updatePolicyAndDelete(String user, boolean jiraAdmins, boolean projectAdmins, boolean delete) {
        String key = "key-" + user;
        assertEquals(jiraAdmins, f.access.canUpdate(key,
                groupUsedByHelp(ViewPolicy.EVERYONE, UpdatePolicy.JIRA_ADMINS)));
        CustomerGroup g = groupUsedByHelp(ViewPolicy.EVERYONE, UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS);
        assertEquals(projectAdmins, f.access.canUpdate(key, g));
        assertEquals(delete, f.access.canDelete(key, g));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // user,  see HELP, manage HELP, see SALES, manage SALES, create without project, search users
            "admin,   true,     true,        true,      true,         true,  true",
            "lead,    true,     true,        false,     false,        false, true",
            "agent,   true,     false,       false,     false,        false, true",
            "sales,   false,    false,       true,      true,         false, true",
            "staff,   false,    false,       false,     false,        false, true",
            "alice,   false,    false,       false,     false,        false, false",
    })
    void catalogs(String user, boolean seeHelp, boolean manageHelp, boolean seeSales, boolean manageSales,
                  boolean createAnywhere, boolean searchUsers) {
        String key = "key-" + user;
        assertEquals(seeHelp, f.access.canSeeCatalog(key, help));
        assertEquals(manageHelp, f.access.canManageCatalog(key, help));
        assertEquals(manageHelp, f.access.canCreateGroup(key, help));
        assertEquals(seeSales, f.access.canSeeCatalog(key, sales));
        assertEquals(manageSales, f.access.canManageCatalog(key, sales));
        assertEquals(createAnywhere, f.access.canCreateGroup(key, null));
        assertEquals(searchUsers, f.access.canSearchUsers(key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"admin, true", "lead, false", "agent, false", "staff, false", "alice, false"})
    void aGroupNoProjectUsesIsForJiraAdminsOnly(String user, boolean allowed) {
        CustomerGroup loose = f.groupStore.create("Loose" + System.nanoTime(), GroupKind.STATIC, "",
                GroupSettings.defaults(), "key-admin", ServiceFixture.NOW);
        assertEquals(allowed, f.access.canView("key-" + user, loose));
        assertEquals(allowed, f.access.canUpdate("key-" + user, loose));
        assertEquals(allowed, f.access.canDelete("key-" + user, loose));
    }
}
