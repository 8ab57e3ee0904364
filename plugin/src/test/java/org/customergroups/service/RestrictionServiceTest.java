package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ProjectRestriction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.customergroups.service.PortalServiceTest.BOB;
import static org.customergroups.service.PortalServiceTest.CAROL;
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

/** Restricted projects over real stores, in {@link PortalServiceTest#world}. */
class RestrictionServiceTest {

    private ServiceFixture f;
    private long acme;
    private long initech;

    @BeforeEach
    void setUp() {
        f = new ServiceFixture();
        long[] ids = PortalServiceTest.world(f);
        acme = ids[0];
        initech = ids[2];
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void openUntilRestrictedThenOnlyAuthorizedMembersAndAgents() {
        long help = f.host.help.id();
        assertEquals(ProjectRestriction.open(help), f.restrictions.get(LEAD, "HELP"));
        assertTrue(f.restrictions.mayCreate(CAROL, help));

        int before = f.trail().size();
        ProjectRestriction saved = f.restrictions.put(LEAD, "HELP", true, List.of(initech, acme, acme));
        assertEquals(List.of(acme, initech), saved.authorizedGroupIds());
        assertEquals(List.of("Acme", "Initech"), f.restrictions.groupsOf(saved).stream().map(CustomerGroup::name)
                .toList(), "authorized groups need not be in the catalog");
        List<AuditEntry> written = f.trailSince(before);
        assertEquals(List.of(AuditAction.RESTRICTION_CHANGED), written.stream().map(AuditEntry::action).toList());
        assertEquals("open", written.get(0).before());
        assertEquals("restricted: Acme, Initech", written.get(0).after());

        assertTrue(f.restrictions.mayCreate(ALICE, help));
        assertTrue(f.restrictions.mayCreate(BOB, help));
        assertTrue(f.restrictions.mayCreate(CAROL, help), "carol is in Initech");
        f.host.directory.removeMember("Initech", "carol");
        assertFalse(f.restrictions.mayCreate(CAROL, help));
        assertTrue(f.restrictions.mayCreate(AGENT, help));
        assertTrue(f.restrictions.mayCreate(LEAD, help));
        assertFalse(f.restrictions.mayCreate(STAFF, help));
        assertFalse(f.restrictions.mayCreate(null, help));
        assertTrue(f.restrictions.mayCreate(CAROL, f.host.sales.id()), "other projects stay open");

        f.restrictions.put(LEAD, "HELP", true, List.of(acme, initech));
        assertEquals(before + 1, f.trail().size(), "no change, no entry");
    }

    @Test
    void deletedGroupLeavesEveryList() {
        f.restrictions.put(LEAD, "HELP", true, List.of(acme, initech));
        f.groups.delete(ADMIN, initech, false);
        assertEquals(List.of(acme), f.restrictions.get(LEAD, "HELP").authorizedGroupIds());
    }

    @Test
    void badInputAndOutsidersAreRefused() {
        assertInvalid("groupIds", "cg.error.restricted.group.unknown",
                () -> f.restrictions.put(LEAD, "HELP", true, List.of(acme, 424_242L)));
        assertInvalid("groupIds", "cg.error.restricted.group.id.invalid",
                () -> f.restrictions.put(LEAD, "HELP", true, Arrays.asList(acme, null)));
        for (String outsider : List.of(AGENT, SALES_LEAD, ALICE)) {
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.restricted.manage.forbidden",
                    () -> f.restrictions.get(outsider, "HELP"));
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.restricted.manage.forbidden",
                    () -> f.restrictions.put(outsider, "HELP", true, List.of()));
        }
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.restrictions.get(null, "HELP"));
        assertEquals(ProjectRestriction.open(f.host.help.id()), f.restrictions.get(ADMIN, "HELP"));
    }
}
