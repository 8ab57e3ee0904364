package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.SALES_LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupServiceTest {

    private ServiceFixture f;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createMakesTheJiraGroupAndTheMetadataWithTrimmedName() {
        GroupDetails d = f.groups.create(ADMIN, "  Acme / EMEA  ", "  Key account ", null);

        CustomerGroup g = d.group();
        assertEquals("Acme / EMEA", g.name());
        assertEquals(GroupKind.STATIC, g.kind());
        assertEquals("Key account", g.description());
        assertEquals(GroupSettings.defaults(), g.settings());
        assertEquals(ADMIN, g.createdBy());
        assertEquals(ServiceFixture.NOW, g.createdAt());
        assertEquals(0, d.memberCount());
        assertTrue(f.host.directory.hasGroup("Acme / EMEA"));
        assertEquals(g, f.groupStore.findById(g.id()).orElseThrow());
        assertTrue(f.catalogStore.projectIdsOf(g.id()).isEmpty());
    }

    @Test
    void createMarksAnExistingJiraGroupWithJirasSpelling() {
        f.host.directory.addJiraGroup("Globex-Customers", "carol");

        GroupDetails d = f.groups.create(ADMIN, "globex-customers", null, null);

        assertEquals("Globex-Customers", d.group().name());
        assertEquals(1, d.memberCount());
        assertEquals("", d.group().description());
    }

    @Test
    void onlyJiraAdminsMayMarkAnExistingJiraGroup() {
        // Otherwise a project admin could take over e.g. jira-administrators' membership.
        DomainException e = assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.mark.forbidden",
                () -> f.groups.create(LEAD, "JIRA-Administrators", null, "HELP"));
        assertEquals(List.of("jira-administrators"), e.arguments());
        assertEquals(0, f.groupStore.count());
    }

    @Test
    void nameRules() {
        assertInvalid("name", "cg.error.group.name.blank", () -> f.groups.create(ADMIN, "   ", null, null));
        assertInvalid("name", "cg.error.group.name.blank", () -> f.groups.create(ADMIN, null, null, null));
        assertInvalid("name", "cg.error.group.name.too.long",
                () -> f.groups.create(ADMIN, "x".repeat(256), null, null));
        assertInvalid("name", "cg.error.group.name.control", () -> f.groups.create(ADMIN, "Acme\nCorp", null, null));
        assertInvalid("name", "cg.error.group.name.control", () -> f.groups.create(ADMIN, "Acme\tCorp", null, null));
        assertEquals(255, f.groups.create(ADMIN, " " + "y".repeat(255) + " ", null, null).group().name().length());
        assertEquals("<script>alert('x')</script> ünï", f.groups.create(ADMIN, "<script>alert('x')</script> ünï",
                null, null).group().name());
    }

    @Test
    void descriptionIsAtMostAThousandCharacters() {
        assertInvalid("description", "cg.error.group.description.too.long",
                () -> f.groups.create(ADMIN, "Acme", "d".repeat(1001), null));
        assertEquals(1000, f.groups.create(ADMIN, "Acme", "d".repeat(1000), null).group().description().length());
    }

    @Test
    void duplicateNamesIgnoringCaseAreConflicts() {
        f.groups.create(ADMIN, "Acme", null, null);

        DomainException e = assertProblem(ProblemKind.CONFLICT, "cg.error.group.already.customer",
                () -> f.groups.create(ADMIN, "  ACME ", null, null));
        assertEquals(List.of("Acme"), e.arguments());
        assertEquals(1, f.groupStore.count());
    }

    @Test
    void projectAdminsCreateForTheirProjectAndTheGroupJoinsItsCatalog() {
        GroupDetails d = f.groups.create(LEAD, "Acme", null, "HELP");

        assertEquals(List.of(f.host.help.id()), f.catalogStore.projectIdsOf(d.group().id()));
        assertEquals(LEAD, f.catalogStore.find(f.host.help.id(), d.group().id()).orElseThrow().addedBy());
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.create.project.forbidden",
                () -> f.groups.create(LEAD, "Beta", null, "SALES"));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.create.forbidden",
                () -> f.groups.create(LEAD, "Beta", null, null));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.create.project.forbidden",
                () -> f.groups.create(AGENT, "Beta", null, "HELP"));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.create.forbidden",
                () -> f.groups.create(ALICE, "Beta", null, null));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found",
                () -> f.groups.create(ADMIN, "Beta", null, "NOPE"));
        assertFalse(f.host.directory.hasGroup("Beta"));
    }

    @Test
    void getFollowsTheViewPolicy() {
        long id = f.groups.create(LEAD, "Acme", null, "HELP").group().id();

        assertEquals("Acme", f.groups.get(AGENT, id).group().name());
        assertEquals("Acme", f.groups.get(ADMIN, id).group().name());
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents", () -> f.groups.get(SALES_LEAD, id));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents", () -> f.groups.get(ALICE, id));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found", () -> f.groups.get(ADMIN, id + 99));
    }

    @Test
    void searchListsOnlyVisibleGroupsWithCorrectTotals() {
        f.groups.create(LEAD, "Acme", null, "HELP");
        f.groups.create(SALES_LEAD, "Acme Sales", null, "SALES");
        f.groups.create(ADMIN, "Acme Loose", null, null);
        long open = f.groups.create(ADMIN, "Acme Open", null, null).group().id();
        f.groups.update(ADMIN, open, new GroupChanges(null, null, null, ViewPolicy.EVERYONE, null));

        assertEquals(List.of("Acme", "Acme Loose", "Acme Open", "Acme Sales"),
                names(f.groups.search(ADMIN, "acme", PageRequest.of(null, null)).values()));
        var agentPage = f.groups.search(AGENT, "ACME", new PageRequest(1, 1));
        assertEquals(2, agentPage.total());
        assertEquals(List.of("Acme Open"), names(agentPage.values()));
        assertEquals(List.of("Acme Open"), names(f.groups.search(STAFF, null, PageRequest.of(null, null)).values()));
        assertEquals(0, f.groups.search(ALICE, null, PageRequest.of(null, null)).total());
    }

    @Test
    void findByNamesIsExactIgnoringCaseAndVisibleOnly() {
        f.groups.create(LEAD, "Acme", null, "HELP");
        f.groups.create(SALES_LEAD, "Initech", null, "SALES");

        assertEquals(List.of("Acme", "Initech"), names(f.groups.findByNames(ADMIN,
                List.of("initech", "ACME", "Acm", "jira-administrators", "acme")).values()));
        assertEquals(List.of("Acme"), names(f.groups.findByNames(AGENT, List.of("Acme", "Initech")).values()));
        assertInvalid("name", "cg.error.group.names.too.many",
                () -> f.groups.findByNames(ADMIN, java.util.Collections.nCopies(101, "x")));
    }

    @Test
    void updateChangesDescriptionAndSettingsKeepingWhatIsNotSent() {
        long id = f.groups.create(LEAD, "Acme", "old", "HELP").group().id();

        GroupDetails d = f.groups.update(LEAD, id, new GroupChanges(null,
                List.of("@ACME.example", "acme.example", "sub.acme.example"), true, null, null));

        assertEquals("old", d.group().description());
        assertEquals(new GroupSettings(List.of("acme.example", "sub.acme.example"), true,
                ViewPolicy.AGENTS_OF_USING_PROJECTS, UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS), d.group().settings());
        assertEquals(d.group(), f.groupStore.findById(id).orElseThrow());

        d = f.groups.update(ADMIN, id, new GroupChanges("new", List.of(), null, ViewPolicy.ADMINS,
                UpdatePolicy.JIRA_ADMINS));
        assertEquals("new", d.group().description());
        assertEquals(new GroupSettings(List.of(), true, ViewPolicy.ADMINS, UpdatePolicy.JIRA_ADMINS), d.group().settings());
    }

    @Test
    void updateValidatesDomainsAndFollowsTheUpdatePolicy() {
        long id = f.groups.create(LEAD, "Acme", null, "HELP").group().id();

        DomainException e = assertInvalid("settings.autoJoinDomains", "cg.error.domain.invalid",
                () -> f.groups.update(LEAD, id, new GroupChanges(null, List.of("acme.example", "not a domain"), null,
                        null, null)));
        assertEquals(List.of("not a domain"), e.arguments());
        assertInvalid("settings.autoJoinDomains", "cg.error.domains.too.many",
                () -> f.groups.update(LEAD, id, new GroupChanges(null,
                        java.util.Collections.nCopies(51, "acme.example"), null, null, null)));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.groups.update(AGENT, id, new GroupChanges("x", null, null, null, null)));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.groups.update(SALES_LEAD, id, new GroupChanges("x", null, null, null, null)));

        f.groups.update(ADMIN, id, new GroupChanges(null, null, null, null, UpdatePolicy.JIRA_ADMINS));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.jira.admins",
                () -> f.groups.update(LEAD, id, new GroupChanges("x", null, null, null, null)));
    }

    @Test
    void defaultGroupsCannotBeEditedOrDeleted() {
        CustomerGroup customers = f.groupStore.create("Customers", GroupKind.DEFAULT, "", GroupSettings.defaults(),
                "system", ServiceFixture.NOW);
        f.host.directory.addJiraGroup("Customers");

        assertInvalid(null, "cg.error.group.default.immutable",
                () -> f.groups.update(ADMIN, customers.id(), new GroupChanges("x", null, null, null, null)));
        assertInvalid(null, "cg.error.group.default.immutable",
                () -> f.groups.delete(ADMIN, customers.id(), false));
        assertEquals(customers, f.groupStore.findById(customers.id()).orElseThrow());
    }

    @Test
    void deleteRemovesTheMarkAndEveryCatalogRowButKeepsTheJiraGroup() {
        long id = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        f.catalog.addExisting(ADMIN, "SALES", List.of(id));

        f.groups.delete(ADMIN, id, false);

        assertTrue(f.groupStore.findById(id).isEmpty());
        assertTrue(f.catalogStore.projectIdsOf(id).isEmpty());
        assertTrue(f.catalogStore.find(f.host.help.id(), id).isEmpty());
        assertTrue(f.host.directory.hasGroup("Acme"));
        // The name can be marked again afterwards.
        assertEquals("Acme", f.groups.create(ADMIN, "acme", null, null).group().name());
    }

    @Test
    void deletingTheJiraGroupNeedsAJiraAdmin() {
        long id = f.groups.create(LEAD, "Acme", null, "HELP").group().id();

        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.delete.jira.admin.required",
                () -> f.groups.delete(LEAD, id, true));
        assertTrue(f.groupStore.findById(id).isPresent());

        f.groups.delete(ADMIN, id, true);
        assertFalse(f.host.directory.hasGroup("Acme"));
        assertEquals(List.of("Acme"), f.host.directory.deletedGroups);
    }

    @Test
    void projectAdminsMayDeleteOnlyGroupsUsedByTheirProjectsAlone() {
        long mine = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        long shared = f.groups.create(LEAD, "Shared", null, "HELP").group().id();
        f.catalog.addExisting(ADMIN, "SALES", List.of(shared));

        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.delete.forbidden", () -> f.groups.delete(LEAD, shared, false));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.delete.forbidden", () -> f.groups.delete(AGENT, mine, false));
        f.groups.delete(LEAD, mine, false);
        assertTrue(f.groupStore.findById(mine).isEmpty());
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found", () -> f.groups.delete(LEAD, mine, false));
    }

    private static List<String> names(List<GroupDetails> groups) {
        return groups.stream().map(d -> d.group().name()).toList();
    }
}
