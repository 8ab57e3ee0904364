package org.customergroups.service;

import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ViewPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
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

class CatalogServiceTest {

    private static final PageRequest FIRST = PageRequest.of(null, null);

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
    void createAndAddPutsANewGroupInTheCatalog() {
        CatalogItem item = f.catalog.createAndAdd(LEAD, "HELP", " Acme ", "Key account");

        assertEquals(new CatalogEntry(f.host.help.id(), item.group().group().id(), false, LEAD, ServiceFixture.NOW),
                item.entry());
        assertEquals("Acme", item.group().group().name());
        assertTrue(f.host.directory.hasGroup("Acme"));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.createAndAdd(LEAD, "SALES", "Beta", null));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.createAndAdd(AGENT, "HELP", "Beta", null));
        assertProblem(ProblemKind.CONFLICT, "cg.error.group.already.customer",
                () -> f.catalog.createAndAdd(LEAD, "HELP", "ACME", null));
    }

    @Test
    void listShowsTheCatalogByNameWithMemberCounts() {
        long zed = f.catalog.createAndAdd(LEAD, "HELP", "Zed", null).group().group().id();
        f.catalog.createAndAdd(LEAD, "HELP", "acme", null);
        f.catalog.createAndAdd(SALES_LEAD, "SALES", "Other", null);
        f.members.add(LEAD, zed, List.of("alice", "bob"));

        var page = f.catalog.list(AGENT, "HELP", FIRST);

        assertEquals(2, page.total());
        assertEquals(List.of("acme", "Zed"), page.values().stream().map(i -> i.group().group().name()).toList());
        assertEquals(2, page.values().get(1).group().memberCount());
        assertEquals(1, f.catalog.list(ADMIN, "HELP", new PageRequest(1, 5)).values().size());
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.view.forbidden", () -> f.catalog.list(SALES_LEAD, "HELP", FIRST));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.view.forbidden", () -> f.catalog.list(ALICE, "HELP", FIRST));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found", () -> f.catalog.list(ADMIN, "NOPE", FIRST));
    }

    @Test
    void addExistingIsIdempotentAndReportsWhatWasThere() {
        long acme = f.groups.create(ADMIN, "Acme", null, null).group().id();
        long globex = f.groups.create(ADMIN, "Globex", null, null).group().id();

        CatalogChange first = f.catalog.addExisting(ADMIN, "HELP", List.of(acme));
        CatalogChange second = f.catalog.addExisting(ADMIN, "HELP", List.of(acme, globex, globex));

        assertEquals(List.of("Acme"), names(first.added()));
        assertEquals(List.of("Globex"), names(second.added()));
        assertEquals(List.of("Acme"), names(second.alreadyInCatalog()));
        assertEquals(2, f.catalog.list(ADMIN, "HELP", FIRST).total());
    }

    @Test
    void addExistingIsAllOrNothing() {
        long acme = f.groups.create(ADMIN, "Acme", null, null).group().id();

        DomainException e = assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found",
                () -> f.catalog.addExisting(ADMIN, "HELP", List.of(acme, 424242L)));
        assertEquals(List.of(424242L), e.arguments());
        assertTrue(f.catalogStore.projectIdsOf(acme).isEmpty());
        assertInvalid("groupIds", "cg.error.catalog.group.ids.empty", () -> f.catalog.addExisting(ADMIN, "HELP", List.of()));
        assertInvalid("groupIds", "cg.error.catalog.group.ids.empty", () -> f.catalog.addExisting(ADMIN, "HELP", null));
        assertInvalid("groupIds", "cg.error.catalog.group.id.invalid",
                () -> f.catalog.addExisting(ADMIN, "HELP", Arrays.asList(acme, null)));
        assertInvalid("groupIds", "cg.error.catalog.group.ids.too.many",
                () -> f.catalog.addExisting(ADMIN, "HELP", Collections.nCopies(101, acme)));
    }

    @Test
    void projectAdminsAddOnlyGroupsTheyCanSee() {
        long helpOnly = f.catalog.createAndAdd(LEAD, "HELP", "Acme", null).group().group().id();
        long open = f.catalog.createAndAdd(LEAD, "HELP", "Open", null).group().group().id();
        f.groups.update(LEAD, open, new GroupChanges(null, null, null, ViewPolicy.EVERYONE, null));

        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.add.forbidden",
                () -> f.catalog.addExisting(SALES_LEAD, "SALES", List.of(helpOnly)));
        assertEquals(List.of("Open"), names(f.catalog.addExisting(SALES_LEAD, "SALES", List.of(open)).added()));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.addExisting(AGENT, "HELP", List.of(open)));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.addExisting(STAFF, "HELP", List.of(open)));
    }

    @Test
    void autoShareIsPerProject() {
        long id = f.catalog.createAndAdd(LEAD, "HELP", "Acme", null).group().group().id();
        f.catalog.addExisting(ADMIN, "SALES", List.of(id));

        CatalogItem on = f.catalog.setAutoShare(LEAD, "HELP", id, true);

        assertTrue(on.entry().autoShare());
        assertTrue(f.catalogStore.find(f.host.help.id(), id).orElseThrow().autoShare());
        assertFalse(f.catalogStore.find(f.host.sales.id(), id).orElseThrow().autoShare());
        assertFalse(f.catalog.setAutoShare(LEAD, "HELP", id, false).entry().autoShare());
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.setAutoShare(LEAD, "SALES", id, true));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.setAutoShare(AGENT, "HELP", id, true));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found",
                () -> f.catalog.setAutoShare(LEAD, "HELP", id + 100, true));
    }

    @Test
    void autoShareOfAGroupNotInTheCatalogIs404() {
        long id = f.groups.create(ADMIN, "Acme", null, null).group().id();

        DomainException e = assertProblem(ProblemKind.NOT_FOUND, "cg.error.catalog.group.not.in.catalog",
                () -> f.catalog.setAutoShare(LEAD, "HELP", id, true));
        assertEquals(List.of("Acme", "HELP"), e.arguments());
    }

    @Test
    void removeKeepsTheGroupAndItsMembers() {
        long id = f.catalog.createAndAdd(LEAD, "HELP", "Acme", null).group().group().id();
        f.members.add(LEAD, id, List.of("alice"));

        f.catalog.remove(LEAD, "HELP", id);

        assertTrue(f.catalogStore.find(f.host.help.id(), id).isEmpty());
        assertTrue(f.groupStore.findById(id).isPresent());
        assertEquals(java.util.Set.of("alice"), f.host.directory.membersOf("Acme"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.catalog.group.not.in.catalog",
                () -> f.catalog.remove(ADMIN, "HELP", id));
        // Lead no longer uses it, so can no longer see or change it.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents", () -> f.groups.get(LEAD, id));
    }

    @Test
    void projectsOfAGroupAreOrderedByKeyWithAutoShare() {
        long id = f.catalog.createAndAdd(SALES_LEAD, "SALES", "Acme", null).group().group().id();
        f.catalog.addExisting(ADMIN, "HELP", List.of(id));
        f.catalog.setAutoShare(SALES_LEAD, "SALES", id, true);

        var page = f.catalog.projectsOf(AGENT, id, FIRST);

        assertEquals(2, page.total());
        assertEquals(List.of(new GroupProject(f.host.help, false), new GroupProject(f.host.sales, true)), page.values());
        assertEquals(List.of(new GroupProject(f.host.sales, true)),
                f.catalog.projectsOf(ADMIN, id, new PageRequest(1, 1)).values());
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents",
                () -> f.catalog.projectsOf(ALICE, id, FIRST));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found", () -> f.catalog.projectsOf(ADMIN, 999, FIRST));
    }

    private static List<String> names(List<CatalogItem> items) {
        return items.stream().map(i -> i.group().group().name()).toList();
    }
}
