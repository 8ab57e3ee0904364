package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.RequestForm;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request forms over real stores, in {@link PortalServiceTest#world}. */
class FormServiceTest {

    private static final String XSS = "<img src=x onerror=alert(1)>\"'&";

    private ServiceFixture f;
    private long acme;
    private long globex;
    private long initech;

    @BeforeEach
    void setUp() {
        f = new ServiceFixture();
        long[] ids = PortalServiceTest.world(f);
        acme = ids[0];
        globex = ids[1];
        initech = ids[2];
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private RequestForm withBlock(boolean required, boolean multiple) {
        return f.forms.save(LEAD, "HELP", new RequestForm(0, true, "Helpdesk", "Tell us", true,
                new GroupBlock(true, "Company", "Who should see it", required, multiple), null, null));
    }

    /** HELP's form on, with nothing else changed from a never-saved form. */
    private RequestForm enable() {
        return f.forms.save(LEAD, "HELP", new RequestForm(0, true, "", "", true, GroupBlock.off(), null, null));
    }

    @Test
    void definitionIsSavedByProjectAdminsAndAudited() {
        assertEquals(RequestForm.initial(f.host.help.id()), f.forms.definition(LEAD, "HELP"));
        int before = f.trail().size();
        RequestForm saved = f.forms.save(LEAD, "HELP", new RequestForm(99, true, "  " + XSS + "  ", XSS, false,
                new GroupBlock(true, XSS, XSS, true, true), "forged", null));
        assertEquals(f.host.help.id(), saved.projectId());
        assertEquals(XSS, saved.title(), "stored verbatim (stripped), escaped only where rendered");
        assertEquals(LEAD, saved.updatedBy());
        assertEquals(ServiceFixture.NOW, saved.updatedAt());
        assertEquals(saved, f.forms.definition(ADMIN, "HELP"));
        List<AuditEntry> written = f.trailSince(before);
        assertEquals(1, written.size());
        assertEquals(AuditAction.FORM_CHANGED, written.get(0).action());
        assertEquals(f.host.help.id(), written.get(0).projectId());

        f.forms.save(LEAD, "HELP", saved);
        assertEquals(before + 1, f.trail().size(), "saving the same form again records nothing");

        for (String outsider : List.of(AGENT, SALES_LEAD, ALICE)) {
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.form.manage.forbidden",
                    () -> f.forms.definition(outsider, "HELP"));
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.form.manage.forbidden",
                    () -> f.forms.save(outsider, "HELP", saved));
        }
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found", () -> f.forms.definition(LEAD, "NOPE"));
    }

    @Test
    void tooLongTextsAreAllReported() {
        DomainException e = assertInvalid("title", "cg.error.form.too.long", () -> f.forms.save(LEAD, "HELP",
                new RequestForm(0, true, "t".repeat(RequestForm.MAX_TITLE + 1), "i".repeat(RequestForm.MAX_INTRO + 1),
                        true, new GroupBlock(true, "l".repeat(GroupBlock.MAX_LABEL + 1),
                        "h".repeat(GroupBlock.MAX_HELP + 1), false, false), null, null)));
        assertEquals(List.of("title", "intro", "groupBlock.label", "groupBlock.helpText"),
                e.problems().stream().map(DomainException::field).toList());
    }

    @Test
    void blockOffersTheCatalogGroupsTheReporterIsIn() {
        withBlock(false, true);
        FormView alice = f.forms.view(ALICE, "HELP");
        assertEquals(List.of("Acme"), names(alice.groupOptions()), "Initech is in no catalog");
        assertTrue(alice.canSubmit());
        assertNull(alice.refusalKey());
        assertEquals(List.of("Globex"), names(f.forms.view(CAROL, "HELP").groupOptions()));
        assertEquals(List.of(), names(f.forms.view(AGENT, "HELP").groupOptions()));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated", () -> f.forms.view(null, "HELP"));
    }

    @Test
    void submitCreatesSharesWithChosenGroupsAndAudits() {
        withBlock(true, true);
        f.host.directory.addMember("Globex", "alice");
        int before = f.trail().size();
        int reindexed = f.host.index.calls().size();
        int noticed = f.notices.calls().size();
        IssueRef issue = f.forms.submit(ALICE, "HELP", new FormSubmission("  " + XSS + " ", XSS, List.of(globex,
                acme, acme)));
        assertEquals(ALICE, issue.reporterKey());
        assertEquals(XSS, f.requests.created().get(0).summary());
        assertEquals(XSS, f.requests.created().get(0).description());
        List<TicketShare> shares = f.shareStore.ofIssue(issue.id());
        assertEquals(List.of("Acme", "Globex"), shares.stream().map(TicketShare::groupName).toList());
        assertTrue(shares.stream().allMatch(s -> s.source() == ShareSource.FORM && ALICE.equals(s.sharedBy())));
        assertEquals(List.of(List.of(issue.id())), f.host.index.calls().subList(reindexed, f.host.index.calls().size()));
        assertEquals(noticed + 1, f.notices.calls().size());

        List<AuditEntry> written = f.trailSince(before);
        assertEquals(List.of(AuditAction.REQUEST_CREATED, AuditAction.SHARE_ADDED, AuditAction.SHARE_ADDED),
                written.stream().map(AuditEntry::action).toList());
        assertTrue(written.stream().allMatch(w -> w.cause() == AuditCause.FORM && ALICE.equals(w.actorKey())));
        assertEquals(ALICE, written.get(0).userKey());
        assertEquals(issue.id(), written.get(0).issueId());
    }

    @Test
    void autoSharedGroupIsNotSharedTwice() {
        withBlock(false, false);
        f.catalog.setAutoShare(ADMIN, "HELP", acme, true);
        int before = f.trail().size();
        IssueRef issue = f.forms.submit(BOB, "HELP", new FormSubmission("Hi", "", List.of(acme)));
        assertEquals(ShareSource.AUTO, f.shareStore.find(issue.id(), acme).orElseThrow().source());
        assertEquals(List.of(AuditAction.SHARE_ADDED, AuditAction.REQUEST_CREATED),
                f.trailSince(before).stream().map(AuditEntry::action).toList(), "auto-share's entry, then ours");
    }

    @Test
    void invalidSubmissionsListEveryProblemAndCreateNothing() {
        withBlock(true, false);
        DomainException e = assertInvalid("summary", "cg.error.form.summary.required",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission(" ", "d".repeat(FormService.MAX_DESCRIPTION + 1),
                        List.of())));
        assertEquals(List.of("summary", "description", "groupIds"),
                e.problems().stream().map(DomainException::field).toList());
        assertEquals("cg.error.form.group.required", e.problems().get(2).messageKey());

        assertInvalid("groupIds", "cg.error.form.group.not.offered",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("x", "", List.of(globex))));
        assertInvalid("groupIds", "cg.error.form.group.not.offered",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("x", "", List.of(initech))));
        assertInvalid("groupIds", "cg.error.form.group.not.offered",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("x", "", List.of(987_654L))));
        f.host.directory.addMember("Globex", "alice");
        assertInvalid("groupIds", "cg.error.form.group.single",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("x", "", List.of(globex, acme))));
        assertInvalid("summary", "cg.error.form.summary.too.long",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("s".repeat(256), "", List.of(acme))));
        assertInvalid("summary", "cg.error.form.summary.line",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("a\nb", "", List.of(acme))));
        assertEquals(List.of(), f.requests.created());

        f.forms.save(LEAD, "HELP", new RequestForm(0, true, "", "", false, GroupBlock.off(), null, null));
        assertInvalid("groupIds", "cg.error.form.group.block.off",
                () -> f.forms.submit(ALICE, "HELP", new FormSubmission("x", "", List.of(acme))));
        f.forms.submit(ALICE, "HELP", new FormSubmission("x", "not shown, not taken", null));
        assertEquals("", f.requests.created().get(0).description());
    }

    @Test
    void neverSavedFormIsOffAndItsProjectIsUnknownToEveryoneButItsEditors() {
        RequestForm initial = f.forms.definition(LEAD, "HELP");
        assertFalse(initial.enabled(), "no project takes requests from a form nobody turned on");
        assertNull(initial.updatedAt());
        assertHiddenLikeAnUnknownProject();
        // Project and Jira admins learn why and still edit it.
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.form.disabled", () -> f.forms.view(LEAD, "HELP"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.form.disabled", () -> f.forms.view(ADMIN, "HELP"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.form.disabled",
                () -> f.forms.submit(LEAD, "HELP", new FormSubmission("x", "", null)));
        assertEquals(initial, f.forms.definition(ADMIN, "HELP"));
        assertEquals(List.of(), f.requests.created());

        // Once an admin turns it on, reporters see and submit it; outsiders of the editor get 403 now (it is public).
        enable();
        assertEquals("Helpdesk", f.forms.view(ALICE, "HELP").project().name());
        assertEquals("HELP", f.forms.submit(ALICE, "HELP", new FormSubmission("Now it works", "", null)).projectKey());
        assertEquals(1, f.requests.created().size());
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.form.manage.forbidden", () -> f.forms.definition(ALICE, "HELP"));
    }

    @Test
    void disabledFormIsNotFoundForEveryoneButTheEditor() {
        enable();
        f.forms.save(LEAD, "HELP", new RequestForm(0, false, "", "", true, GroupBlock.off(), null, null));
        assertHiddenLikeAnUnknownProject();
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.form.disabled", () -> f.forms.view(LEAD, "HELP"));
        assertFalse(f.forms.definition(LEAD, "HELP").enabled());
        assertEquals(List.of(), f.requests.created());
    }

    /**
     * HELP's form is off: for a reporter, an agent and another project's lead, every form call about HELP fails
     * exactly as about a project that does not exist (the key as typed), so nobody learns that HELP exists.
     */
    private void assertHiddenLikeAnUnknownProject() {
        RequestForm any = RequestForm.initial(0);
        for (String outsider : List.of(ALICE, CAROL, AGENT, SALES_LEAD)) {
            for (String key : List.of("HELP", " HELP ")) {
                assertSameProblem(() -> f.forms.view(outsider, "NOPE"), () -> f.forms.view(outsider, key));
                assertSameProblem(() -> f.forms.submit(outsider, "NOPE", new FormSubmission("x", "", null)),
                        () -> f.forms.submit(outsider, key, new FormSubmission("x", "", null)));
                assertSameProblem(() -> f.forms.definition(outsider, "NOPE"), () -> f.forms.definition(outsider, key));
                assertSameProblem(() -> f.forms.save(outsider, "NOPE", any), () -> f.forms.save(outsider, key, any));
            }
        }
    }

    private static void assertSameProblem(Runnable unknown, Runnable hidden) {
        DomainException u = assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found", unknown::run);
        DomainException h = assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found", hidden::run);
        assertEquals(List.of("NOPE"), u.arguments());
        assertEquals(List.of("HELP"), h.arguments(), "the key as typed (stripped, as for an unknown key)");
        assertEquals(u.field(), h.field());
    }

    @Test
    void restrictedProjectAllowsAuthorizedReportersAndAgentsOnly() {
        enable();
        f.restrictions.put(LEAD, "HELP", true, List.of(acme));
        FormView carol = f.forms.view(CAROL, "HELP");
        assertFalse(carol.canSubmit());
        assertEquals("cg.error.restricted.not.authorized", carol.refusalKey());
        DomainException refused = assertProblem(ProblemKind.FORBIDDEN, "cg.error.restricted.not.authorized",
                () -> f.forms.submit(CAROL, "HELP", new FormSubmission("x", "", null)));
        assertEquals(List.of("HELP"), refused.arguments());

        assertEquals("HELP", f.forms.submit(BOB, "HELP", new FormSubmission("ok", "", null)).projectKey());
        assertEquals("HELP", f.forms.submit(AGENT, "HELP", new FormSubmission("agent", "", null)).projectKey());
        assertEquals(2, f.requests.created().size());
    }

    private static List<String> names(List<CustomerGroup> groups) {
        return groups.stream().map(CustomerGroup::name).toList();
    }
}
