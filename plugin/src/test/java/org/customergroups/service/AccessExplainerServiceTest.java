package org.customergroups.service;

import org.customergroups.domain.AccessPath;
import org.customergroups.domain.AccessPathKind;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.SharingSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

/**
 * "Why can this user see this ticket?": HELP-1 is reported by alice and shared with Acme (alice, bob) by the agent
 * and with Globex (bob) by Auto-share, made by the system; carol is in neither. The fake host lets the reporter and
 * the project's agents browse the issue.
 */
class AccessExplainerServiceTest {

    private static final long HELP_1 = 20_001;

    private ServiceFixture f;
    private long acme;
    private long globex;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        globex = f.groups.create(ADMIN, "Globex", null, "HELP").group().id();
        f.host.directory.addMember("Acme", "alice");
        f.host.directory.addMember("Acme", "bob");
        f.host.directory.addMember("Globex", "bob");
        f.catalog.setAutoShare(ADMIN, "HELP", globex, true);
        f.host.issue(HELP_1, "HELP-1", f.host.help, "bob");
        f.autoShare.onIssueCreated(HELP_1, null);
        // Now the reporter is alice (the shares keep the issue's current reporter through upkeep).
        f.host.issue(HELP_1, "HELP-1", f.host.help, "alice");
        f.upkeep.onIssueUpdated(HELP_1);
        f.shares.share(AGENT, "HELP-1", acme, null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<AccessPathKind> kinds(AccessExplanation e) {
        return e.paths().stream().map(AccessPath::kind).toList();
    }

    @Test
    void theReporterSeesItAsReporterAndThroughTheirGroup() {
        AccessExplanation e = f.explainer.explain(AGENT, "help-1", "alice");

        assertEquals("HELP-1", e.issue().key());
        assertEquals(ALICE, e.user().key());
        assertTrue(e.canSee());
        assertTrue(e.jiraBrowse());
        assertEquals(List.of(AccessPath.reporter(),
                new AccessPath(AccessPathKind.SHARED_GROUP, acme, "Acme", AGENT, ServiceFixture.NOW,
                        ShareSource.AGENT)), e.paths());
        assertEquals(Map.of(AGENT, f.host.directory.userByKey(AGENT).orElseThrow()), e.sharers());
    }

    @Test
    void aMemberOfSharedGroupsSeesItThroughEachOfThemEvenWhereJiraDoesNotHonourTheField() {
        AccessExplanation e = f.explainer.explain(AGENT, "HELP-1", "bob");

        // Shares are ordered by group name; Globex's was made by the system (Auto-share, no actor).
        assertEquals(List.of(
                new AccessPath(AccessPathKind.SHARED_GROUP, acme, "Acme", AGENT, ServiceFixture.NOW, ShareSource.AGENT),
                new AccessPath(AccessPathKind.SHARED_GROUP, globex, "Globex", null, ServiceFixture.NOW,
                        ShareSource.AUTO)), e.paths());
        // The project's scheme does not grant the field: Jira's view refuses bob, the portal shows him the ticket.
        assertFalse(e.setup().ready());
        assertFalse(e.jiraBrowse());
        assertTrue(e.canSee());
    }

    @Test
    void jiraPermissionOnlyWhenNoOtherReasonApplies() {
        AccessExplanation agent = f.explainer.explain(LEAD, "HELP-1", "agent");
        assertEquals(List.of(AccessPath.jiraPermission()), agent.paths());
        assertTrue(agent.canSee());

        // Once the field is honoured, bob's Jira permission comes from the shares: they stay the reasons shown.
        f.host.schemes.set(f.host.help.id(), new SharingSetup("customfield_10100", "Customer Groups",
                "Default Permission Scheme", true, true));
        f.host.permissions.browser("key-bob", HELP_1);
        AccessExplanation bob = f.explainer.explain(AGENT, "HELP-1", "bob");
        assertEquals(List.of(AccessPathKind.SHARED_GROUP, AccessPathKind.SHARED_GROUP), kinds(bob));
        assertTrue(bob.jiraBrowse());
        assertTrue(bob.setup().ready());

        f.host.permissions.browser(STAFF, HELP_1);
        assertEquals(List.of(AccessPathKind.JIRA_PERMISSION), kinds(f.explainer.explain(AGENT, "HELP-1", "staff")));
    }

    @Test
    void someoneWithNoReasonCannotSeeIt() {
        AccessExplanation carol = f.explainer.explain(AGENT, "HELP-1", "carol");
        assertEquals(List.of(), carol.paths());
        assertFalse(carol.canSee());
        assertFalse(carol.jiraBrowse());
        assertEquals(Map.of(), carol.sharers());

        // Leaving the group ends that reason.
        f.host.directory.removeMember("Globex", "bob");
        f.host.directory.removeMember("Acme", "bob");
        assertFalse(f.explainer.explain(AGENT, "HELP-1", "bob").canSee());
    }

    @Test
    void onlyThoseWhoMayEditTheIssueMayAsk() {
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.access.forbidden",
                () -> f.explainer.explain(ALICE, "HELP-1", "bob"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.issue.not.found",
                () -> f.explainer.explain(STAFF, "HELP-1", "bob"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.issue.not.found",
                () -> f.explainer.explain(SALES_LEAD, "HELP-1", "bob"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.issue.not.found",
                () -> f.explainer.explain(AGENT, "HELP-99", "bob"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.user.not.found",
                () -> f.explainer.explain(AGENT, "HELP-1", "mallory"));
        // The issue is checked before the user: a refused caller learns nothing about usernames.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.access.forbidden",
                () -> f.explainer.explain(ALICE, "HELP-1", "mallory"));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.explainer.explain(null, "HELP-1", "bob"));
    }
}
