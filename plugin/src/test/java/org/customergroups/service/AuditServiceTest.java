package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Reading the audit trail: who may read what (by filter), the filters, names resolved for display, the CSV export
 * and the retention setting, over the real audit and settings stores. The world: Acme (HELP's catalog, alice and
 * bob), Globex (no catalog); HELP-1 reported by alice, shared with Acme by the agent; SALES-1 by carol.
 */
class AuditServiceTest {

    private static final PageRequest ALL = new PageRequest(0, 100);

    private ServiceFixture f;
    private long acme;
    private long globex;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();            // GROUP_CREATED, CATALOG_ADDED
        globex = f.groups.create(ADMIN, "Globex", null, null).group().id();          // GROUP_CREATED
        f.members.add(LEAD, acme, List.of("alice", "bob"));                         // MEMBER_ADDED x2
        f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        f.host.issue(30_001, "SALES-1", f.host.sales, "carol");
        f.shares.share(AGENT, "HELP-1", acme, null);                                // SHARE_ADDED
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<AuditAction> actions(String actor, AuditFilter filter) {
        return f.audit.find(actor, filter, ALL).values().stream().map(v -> v.entry().action()).toList();
    }

    private static AuditFilter filter(String issue, String group, String user, String project, String action,
                                      String from, String to) {
        return new AuditFilter(issue, group, user, project, action, from, to);
    }

    // --- who may read ---------------------------------------------------------------------------------------------

    @Test
    void theWholeTrailIsForJiraAdminsNewestFirst() {
        assertEquals(List.of(AuditAction.SHARE_ADDED, AuditAction.MEMBER_ADDED, AuditAction.MEMBER_ADDED,
                        AuditAction.GROUP_CREATED, AuditAction.CATALOG_ADDED, AuditAction.GROUP_CREATED),
                actions(ADMIN, AuditFilter.none()));
        for (String refused : List.of(LEAD, AGENT, SALES_LEAD, STAFF, ALICE)) {
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.admin.required",
                    () -> f.audit.find(refused, AuditFilter.none(), ALL));
            // A user or project filter alone does not narrow it to something they may see.
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.admin.required",
                    () -> f.audit.find(refused, filter(null, null, "alice", "HELP", null, null, null), ALL));
        }
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.audit.find(null, AuditFilter.none(), ALL));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "key-agent, HELP-1, ok",
            "key-lead,  help-1, ok",
            "key-admin, HELP-1, ok",
            "key-alice, HELP-1, FORBIDDEN cg.error.audit.issue.forbidden",
            "key-staff, HELP-1, NOT_FOUND cg.error.share.issue.not.found",
            "key-sales, HELP-1, NOT_FOUND cg.error.share.issue.not.found",
            "key-agent, HELP-99, NOT_FOUND cg.error.share.issue.not.found",
            "key-admin, HELP-99, NOT_FOUND cg.error.share.issue.not.found",
            "key-sales, SALES-1, ok",
    })
    void anIssuesHistoryIsForThoseWhoMayEditIt(String actor, String issueKey, String expected) {
        AuditFilter byIssue = AuditFilter.ofIssue(issueKey);
        if (expected.equals("ok")) {
            List<AuditAction> found = actions(actor, byIssue);
            assertEquals(issueKey.equalsIgnoreCase("HELP-1") ? List.of(AuditAction.SHARE_ADDED) : List.of(), found);
            return;
        }
        String[] kindAndKey = expected.split(" ");
        assertProblem(ProblemKind.valueOf(kindAndKey[0]), kindAndKey[1], () -> f.audit.find(actor, byIssue, ALL));
        assertProblem(ProblemKind.valueOf(kindAndKey[0]), kindAndKey[1],
                () -> f.audit.prepareExport(actor, byIssue));
    }

    @Test
    void aGroupsHistoryFollowsItsViewPolicy() {
        List<AuditAction> acmeHistory = List.of(AuditAction.SHARE_ADDED, AuditAction.MEMBER_ADDED,
                AuditAction.MEMBER_ADDED, AuditAction.CATALOG_ADDED, AuditAction.GROUP_CREATED);
        assertEquals(acmeHistory, actions(AGENT, AuditFilter.ofGroup(acme)));
        assertEquals(acmeHistory, actions(LEAD, AuditFilter.ofGroup(acme)));
        assertEquals(acmeHistory, actions(ADMIN, AuditFilter.ofGroup(acme)));
        assertEquals(List.of(AuditAction.GROUP_CREATED), actions(ADMIN, AuditFilter.ofGroup(globex)));

        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents",
                () -> f.audit.find(STAFF, AuditFilter.ofGroup(acme), ALL));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents",
                () -> f.audit.find(ALICE, AuditFilter.ofGroup(acme), ALL));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents",
                () -> f.audit.find(AGENT, AuditFilter.ofGroup(globex), ALL));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found",
                () -> f.audit.find(AGENT, AuditFilter.ofGroup(999), ALL));
        // A deleted group's id no longer resolves; its entries stay in the whole trail.
        f.groups.delete(ADMIN, globex, false);
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found",
                () -> f.audit.find(ADMIN, AuditFilter.ofGroup(globex), ALL));
        assertEquals(List.of(AuditAction.GROUP_DELETED),
                actions(ADMIN, filter(null, null, null, null, "GROUP_DELETED", null, null)));
    }

    @Test
    void theIssueAndGroupFiltersCombineAndBothAreChecked() {
        assertEquals(List.of(AuditAction.SHARE_ADDED), actions(AGENT,
                filter("HELP-1", String.valueOf(acme), null, null, null, null, null)));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents", () -> f.audit.find(AGENT,
                filter("HELP-1", String.valueOf(globex), null, null, null, null, null), ALL));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.issue.forbidden", () -> f.audit.find(ALICE,
                filter("HELP-1", String.valueOf(acme), null, null, null, null, null), ALL));
    }

    // --- filters --------------------------------------------------------------------------------------------------

    @Test
    void filtersByUserProjectAndAction() {
        // user = the actor or the user the change concerned.
        assertEquals(List.of(AuditAction.MEMBER_ADDED),
                actions(ADMIN, filter(null, null, "alice", null, null, null, null)));
        assertEquals(List.of(AuditAction.MEMBER_ADDED, AuditAction.MEMBER_ADDED, AuditAction.CATALOG_ADDED,
                        AuditAction.GROUP_CREATED),
                actions(ADMIN, filter(null, null, "LEAD", null, null, null, null)));
        assertEquals(List.of(AuditAction.SHARE_ADDED, AuditAction.CATALOG_ADDED, AuditAction.GROUP_CREATED),
                actions(ADMIN, filter(null, null, null, "HELP", null, null, null)));
        assertEquals(List.of(), actions(ADMIN, filter(null, null, null, "SALES", null, null, null)));
        assertEquals(List.of(AuditAction.GROUP_CREATED, AuditAction.GROUP_CREATED),
                actions(ADMIN, filter(null, null, null, null, "group_created", null, null)));
        assertEquals(List.of(AuditAction.MEMBER_ADDED),
                actions(AGENT, filter(null, String.valueOf(acme), "bob", " ", "MEMBER_ADDED", "", null)));
    }

    @Test
    void fromAndToAreWholeUtcDaysBothIncluded() {
        Instant day = Instant.parse("2026-11-20T00:00:00Z");
        for (Instant at : List.of(day.minusMillis(1), day, day.plus(Duration.ofHours(23)),
                day.plus(Duration.ofDays(1)).minusMillis(1), day.plus(Duration.ofDays(1)))) {
            f.auditTrail.record(AuditEntry.of(AuditAction.SETTINGS_CHANGED, AuditCause.MANUAL, ADMIN, at)
                    .change(null, at.toString()).build());
        }
        List<String> afters = f.audit.find(ADMIN, filter(null, null, null, null, "SETTINGS_CHANGED",
                "2026-11-20", "2026-11-20"), ALL).values().stream().map(v -> v.entry().after()).toList();
        assertEquals(List.of("2026-11-20T23:59:59.999Z", "2026-11-20T23:00:00Z", "2026-11-20T00:00:00Z"), afters);
        assertEquals(4, f.audit.find(ADMIN, filter(null, null, null, null, "SETTINGS_CHANGED", "2026-11-20",
                null), ALL).total());
        assertEquals(4, f.audit.find(ADMIN, filter(null, null, null, null, "SETTINGS_CHANGED", null,
                "2026-11-20"), ALL).total());
        // The fixture's own entries are written at NOW (2026-11-24).
        assertEquals(6, f.audit.find(ADMIN, filter(null, null, null, null, null, "2026-11-24", "2026-11-24"),
                ALL).total());
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        assertInvalid("group", "cg.error.audit.group.invalid",
                () -> f.audit.find(ADMIN, filter(null, "acme", null, null, null, null, null), ALL));
        assertInvalid("action", "cg.error.audit.action.invalid",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, "SHARED", null, null), ALL));
        assertInvalid("from", "cg.error.audit.date.invalid",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, null, "24.11.2026", null), ALL));
        assertInvalid("to", "cg.error.audit.date.invalid",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, null, null, "2026-02-30"), ALL));
        // ISO dates with signed long years parse, but overflow the day after "to" or a java.util.Date: still a 400.
        assertInvalid("to", "cg.error.audit.date.invalid",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, null, null, "+999999999-12-31"), ALL));
        assertInvalid("from", "cg.error.audit.date.invalid",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, null, "+500000000-01-01", null), ALL));
        assertInvalid("from", "cg.error.audit.date.invalid",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, null, "-0001-01-01", null), ALL));
        assertInvalid("from", "cg.error.audit.date.range",
                () -> f.audit.find(ADMIN, filter(null, null, null, null, null, "2026-11-25", "2026-11-24"), ALL));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.user.not.found",
                () -> f.audit.find(ADMIN, filter(null, null, "mallory", null, null, null, null), ALL));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.project.not.found",
                () -> f.audit.find(ADMIN, filter(null, null, null, "NOPE", null, null, null), ALL));
        // The permission is checked before the other filters: a refused caller learns nothing from them.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.admin.required",
                () -> f.audit.find(STAFF, filter(null, null, "mallory", "NOPE", "SHARED", "x", null), ALL));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.issue.forbidden",
                () -> f.audit.find(ALICE, filter("HELP-1", null, null, null, "SHARED", null, null), ALL));
    }

    @Test
    void pagesTellTheTotal() {
        Page<AuditView> page = f.audit.find(ADMIN, AuditFilter.none(), new PageRequest(2, 3));
        assertEquals(6, page.total());
        assertEquals(2, page.start());
        assertEquals(List.of(AuditAction.MEMBER_ADDED, AuditAction.GROUP_CREATED, AuditAction.CATALOG_ADDED),
                page.values().stream().map(v -> v.entry().action()).toList());
    }

    @Test
    void viewsNameTheUsersIssuesAndProjectsAsTheyAreNow() {
        AuditView share = f.audit.find(ADMIN, AuditFilter.ofIssue("HELP-1"), ALL).values().get(0);
        assertEquals("agent", share.actor().username());
        assertNull(share.user());
        assertEquals("HELP-1", share.issueKey());
        assertEquals("HELP", share.projectKey());

        AuditView member = f.audit.find(ADMIN, filter(null, null, "alice", null, null, null, null), ALL)
                .values().get(0);
        assertEquals("lead", member.actor().username());
        assertEquals("Alice Anders", member.user().displayName());
        assertNull(member.issueKey());
        assertNull(member.projectKey());

        // Gone users and issues: the entry keeps the key and id, the view has no names.
        f.host.issues.remove(20_001);
        f.auditTrail.record(AuditEntry.of(AuditAction.MEMBER_REMOVED, AuditCause.MANUAL, "key-gone",
                ServiceFixture.NOW).group(acme, "Acme").user("key-ghost").build());
        List<AuditView> views = f.audit.find(ADMIN, AuditFilter.none(), new PageRequest(0, 2)).values();
        assertNull(views.get(0).actor());
        assertNull(views.get(0).user());
        assertEquals("key-gone", views.get(0).entry().actorKey());
        assertNull(views.get(1).issueKey());
        assertEquals(20_001L, views.get(1).entry().issueId());
        assertEquals("HELP", views.get(1).projectKey());
    }

    // --- export ---------------------------------------------------------------------------------------------------

    private List<String> csvLines(String actor, AuditFilter filter) {
        StringWriter out = new StringWriter();
        f.audit.export(actor, filter, out);
        String csv = out.toString();
        assertEquals("\r\n", csv.substring(csv.length() - 2));
        return List.of(csv.split("\r\n"));
    }

    @Test
    void exportsCsvNewestFirstWithUsernamesAndKeys() {
        assertEquals(List.of(
                        "time,actor,action,cause,project,issue,group,user,before,after",
                        "2026-11-24T08:00:00Z,agent,SHARE_ADDED,MANUAL,HELP,HELP-1,Acme,,,",
                        "2026-11-24T08:00:00Z,lead,MEMBER_ADDED,MANUAL,,,Acme,bob,,",
                        "2026-11-24T08:00:00Z,lead,MEMBER_ADDED,MANUAL,,,Acme,alice,,",
                        "2026-11-24T08:00:00Z,admin,GROUP_CREATED,MANUAL,,,Globex,,,jiraGroup: created",
                        "2026-11-24T08:00:00Z,lead,CATALOG_ADDED,MANUAL,HELP,,Acme,,,",
                        "2026-11-24T08:00:00Z,lead,GROUP_CREATED,MANUAL,HELP,,Acme,,,jiraGroup: created"),
                csvLines(ADMIN, AuditFilter.none()));
        assertEquals(List.of("time,actor,action,cause,project,issue,group,user,before,after",
                        "2026-11-24T08:00:00Z,agent,SHARE_ADDED,MANUAL,HELP,HELP-1,Acme,,,"),
                csvLines(AGENT, AuditFilter.ofIssue("HELP-1")));
        // Nothing matches: the header alone.
        assertEquals(List.of("time,actor,action,cause,project,issue,group,user,before,after"),
                csvLines(ADMIN, filter(null, null, null, null, "USER_UPGRADED", null, null)));
    }

    @Test
    void exportCellsAreQuotedAndNeverRunAsFormulas() {
        f.auditTrail.record(AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, null, ServiceFixture.NOW)
                .group(77, "=HYPERLINK(\"http://evil.example\",\"x\")").user("@ghost")
                .change("description: a, \"b\"\nc", "-1+1").build());
        f.auditTrail.record(AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, "+cmd", ServiceFixture.NOW)
                .group(78, "\tTab").change("\rx", "plain").build());

        List<String> lines = csvLines(ADMIN, filter(null, null, null, null, "GROUP_UPDATED", null, null));
        assertEquals(List.of("time,actor,action,cause,project,issue,group,user,before,after",
                "2026-11-24T08:00:00Z,'+cmd,GROUP_UPDATED,MANUAL,,,'\tTab,,\"'\rx\",plain"), lines.subList(0, 2));
        StringWriter out = new StringWriter();
        f.audit.export(ADMIN, filter(null, null, null, null, "GROUP_UPDATED", null, null), out);
        String csv = out.toString();
        assertEquals("2026-11-24T08:00:00Z,,GROUP_UPDATED,MANUAL,,,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                        + "'@ghost,\"description: a, \"\"b\"\"\nc\",'-1+1\r\n",
                csv.substring(csv.indexOf("plain\r\n") + 7));
    }

    private void record(AuditAction action, int count) {
        List<AuditEntry> many = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            many.add(AuditEntry.of(action, AuditCause.MANUAL, ADMIN, ServiceFixture.NOW).change(null, "n: " + i)
                    .build());
        }
        f.auditTrail.recordAll(many);
    }

    @Test
    void aLongExportIsReadInChunksAndKeepsItsOrder() {
        int n = 2 * AuditService.EXPORT_CHUNK + 7;
        record(AuditAction.SETTINGS_CHANGED, n);

        List<String> lines = csvLines(ADMIN, filter(null, null, null, null, "SETTINGS_CHANGED", null, null));
        assertEquals(n + 1, lines.size());
        for (int i = 0; i < n; i++) {
            assertEquals("2026-11-24T08:00:00Z,admin,SETTINGS_CHANGED,MANUAL,,,,,,n: " + (n - 1 - i),
                    lines.get(i + 1));
        }
    }

    @Test
    void anExportOfExactlyOneChunkEndsAfterIt() {
        record(AuditAction.USER_UPGRADED, AuditService.EXPORT_CHUNK);

        List<String> lines = csvLines(ADMIN, filter(null, null, null, null, "USER_UPGRADED", null, null));
        assertEquals(AuditService.EXPORT_CHUNK + 1, lines.size());
        assertEquals("2026-11-24T08:00:00Z,admin,USER_UPGRADED,MANUAL,,,,,,n: 0", lines.get(lines.size() - 1));
    }

    @Test
    void aRefusedExportIsRefusedBeforeAnythingIsWritten() {
        StringWriter out = new StringWriter();
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.admin.required",
                () -> f.audit.export(STAFF, AuditFilter.none(), out));
        assertInvalid("from", "cg.error.audit.date.invalid",
                () -> f.audit.export(ADMIN, filter(null, null, null, null, null, "yesterday", null), out));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.audit.export(null, AuditFilter.none(), out));
        assertEquals("", out.toString());
    }

    // --- retention ------------------------------------------------------------------------------------------------

    @Test
    void retentionIsForJiraAdminsAndAChangeIsRecorded() {
        assertEquals(new AuditSettings(0), f.audit.settings(ADMIN));
        int before = f.trail().size();

        assertEquals(new AuditSettings(30), f.audit.updateSettings(ADMIN, 30));
        assertEquals(new AuditSettings(30), f.audit.settings(ADMIN));
        assertEquals("30", f.settingsStore.get(AuditService.RETENTION_SETTING).orElseThrow());
        List<String> written = f.trailSince(before).stream().map(AuditedMutationsTest::line).toList();
        assertEquals(List.of("SETTINGS_CHANGED MANUAL by=key-admin before=[audit.retentionDays: 0]"
                + " after=[audit.retentionDays: 30]"), written);

        // The same value again: nothing recorded.
        f.audit.updateSettings(ADMIN, 30);
        assertEquals(before + 1, f.trail().size());

        f.audit.updateSettings(ADMIN, AuditSettings.MAX_RETENTION_DAYS);
        f.audit.updateSettings(ADMIN, 0);
        assertEquals(before + 3, f.trail().size());

        for (String refused : List.of(LEAD, AGENT, STAFF, ALICE)) {
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.settings.forbidden", () -> f.audit.settings(refused));
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.settings.forbidden",
                    () -> f.audit.updateSettings(refused, 7));
            // Permission first, then the value.
            assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.settings.forbidden",
                    () -> f.audit.updateSettings(refused, -1));
        }
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated", () -> f.audit.settings(null));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.audit.updateSettings(null, 1));
        assertInvalid("retentionDays", "cg.error.audit.retention.invalid", () -> f.audit.updateSettings(ADMIN, -1));
        assertInvalid("retentionDays", "cg.error.audit.retention.invalid",
                () -> f.audit.updateSettings(ADMIN, AuditSettings.MAX_RETENTION_DAYS + 1));
        assertEquals(new AuditSettings(0), f.audit.settings(ADMIN));
        assertEquals(before + 3, f.trail().size());
    }

    @Test
    void purgeDeletesWhatIsOlderThanTheRetentionAndNothingWhenKeptForever() {
        for (int daysAgo : List.of(400, 31, 30, 29)) {
            f.auditTrail.record(AuditEntry.of(AuditAction.SETTINGS_CHANGED, AuditCause.MANUAL, ADMIN,
                    ServiceFixture.NOW.minus(Duration.ofDays(daysAgo)).plusSeconds(1)).change(null, daysAgo + "d")
                    .build());
        }
        int all = f.trail().size();
        assertEquals(0, f.audit.purgeExpired());
        assertEquals(all, f.trail().size());

        f.audit.updateSettings(ADMIN, 30);
        assertEquals(2, f.audit.purgeExpired());
        List<String> left = f.trail().stream().filter(e -> e.after() != null && e.after().matches("\\d+d"))
                .map(AuditEntry::after).toList();
        assertEquals(List.of("30d", "29d"), left);
        assertEquals(0, f.audit.purgeExpired());

        // A stored value out of range is ignored (keep forever) rather than purging everything.
        f.settingsStore.put(AuditService.RETENTION_SETTING, "-5");
        assertEquals(new AuditSettings(0), f.audit.settings(ADMIN));
        f.settingsStore.put(AuditService.RETENTION_SETTING, "soon");
        assertEquals(0, f.audit.purgeExpired());
    }

    @Test
    void aMissingFilterReadsAsNone() {
        assertEquals(6, f.audit.find(ADMIN, null, ALL).total());
    }
}
