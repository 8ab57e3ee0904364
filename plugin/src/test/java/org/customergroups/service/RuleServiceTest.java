package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking, previewing, saving and removing rules; Acme is in HELP's catalog (lead updates, agent views). */
class RuleServiceTest {

    private static final PageRequest FIRST = PageRequest.of(null, null);
    private static final String ACME_RULE = "emailDomain = \"acme.example\"";

    private ServiceFixture f;
    private long acme;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void checkAnswersTheCanonicalFormOrWhereTheProblemIs() {
        RuleCheck valid = f.rules.check(ALICE, "  emailDomain=\"acme.example\"\nAND NOT username = \"bob\"");
        assertTrue(valid.valid());
        assertEquals("emailDomain = \"acme.example\" and not username = \"bob\"", valid.canonical());
        assertNull(valid.messageKey());

        RuleCheck invalid = f.rules.check(ALICE, "email ends with\n  42");
        assertFalse(invalid.valid());
        assertNull(invalid.canonical());
        assertEquals("cg.error.rule.unexpected.character", invalid.messageKey());
        assertEquals(18, invalid.position());
        assertEquals(2, invalid.line());
        assertEquals(3, invalid.column());
        assertEquals(List.of(18, 2, 3, "4"), invalid.arguments());

        assertEquals("cg.error.rule.blank", f.rules.check(ALICE, null).messageKey());
    }

    @Test
    void previewListsWhoWouldJoinAndWhoWouldLeavePaged() {
        f.host.directory.addMember("Acme", "carol");
        f.host.directory.addMember("Acme", "alice");
        f.host.directory.addMember("Acme", "staff");

        RulePreview p = f.rules.preview(LEAD, acme, "emailDomain in (\"acme.example\", \"example.com\")",
                new PageRequest(1, 2), new PageRequest(0, 1));

        assertEquals("emailDomain in (\"acme.example\", \"example.com\")", p.canonical());
        assertEquals(8, p.scanned());
        // Joins: admin, agent, bob, lead, sales (by username); page 2 from the second.
        assertEquals(5, p.joins().total());
        assertEquals(List.of("agent", "bob"), usernames(p.joins().values()));
        assertEquals(1, p.leaves().total());
        assertEquals(List.of("carol"), usernames(p.leaves().values()));
        // Nothing changed.
        assertEquals(Set.of("alice", "carol", "staff"), f.host.directory.membersOf("Acme"));
        assertEquals(GroupKind.STATIC, f.groupStore.findById(acme).orElseThrow().kind());
    }

    @Test
    void previewRefusesBadRulesStrangersAndDefaultGroups() {
        var e = assertInvalid("rule", "cg.error.rule.expected.string",
                () -> f.rules.preview(LEAD, acme, "email ends with", FIRST, FIRST));
        assertEquals(List.of(15, 1, 16, "ends with"), e.arguments());
        // Viewers may not: a rule could probe any user's properties and list the matching users' addresses.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.rules.preview(AGENT, acme, ACME_RULE, FIRST, FIRST));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.rules.preview(ALICE, acme, ACME_RULE, FIRST, FIRST));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found",
                () -> f.rules.preview(ADMIN, 999, ACME_RULE, FIRST, FIRST));
        long customers = f.groupStore.create("Customers", GroupKind.DEFAULT, null, null, null, ServiceFixture.NOW).id();
        assertInvalid(null, "cg.error.group.default.immutable",
                () -> f.rules.preview(ADMIN, customers, ACME_RULE, FIRST, FIRST));
    }

    @Test
    void savingMakesTheGroupDynamicReconcilesItAndRecordsTheRule() {
        f.host.directory.addMember("Acme", "carol");
        int before = f.trail().size();

        RuleChange change = f.rules.save(LEAD, acme, "  emailDomain=\"acme.example\"\n");

        assertEquals(GroupKind.DYNAMIC, change.group().group().kind());
        assertEquals("emailDomain=\"acme.example\"", change.group().group().rule());
        assertEquals(2, change.group().memberCount());
        assertEquals(new ReconcileReport(1, 8, 2, 1, 0), change.reconciled());
        assertEquals(Set.of("alice", "bob"), f.host.directory.membersOf("Acme"));
        List<AuditEntry> written = f.trailSince(before);
        AuditEntry rule = written.get(0);
        assertEquals(AuditAction.RULE_CHANGED, rule.action());
        assertEquals(AuditCause.MANUAL, rule.cause());
        assertEquals("kind: STATIC", rule.before());
        assertEquals("rule: emailDomain=\"acme.example\"", rule.after());
        assertEquals(List.of(AuditAction.MEMBER_ADDED, AuditAction.MEMBER_ADDED, AuditAction.MEMBER_REMOVED),
                written.subList(1, written.size()).stream().map(AuditEntry::action).toList());
        assertTrue(written.stream().allMatch(e -> LEAD.equals(e.actorKey())));

        // Members come from the rule now.
        assertInvalid(null, "cg.error.group.dynamic.members", () -> f.members.add(LEAD, acme, List.of("carol")));

        // The same rule again: reconciled, but nothing new to record.
        int again = f.trail().size();
        f.rules.save(LEAD, acme, "emailDomain=\"acme.example\"");
        assertEquals(again, f.trail().size());
    }

    @Test
    void savingIsRefusedForStrangersDefaultGroupsBadRulesAndAutoJoinGroups() {
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.rules.save(AGENT, acme, ACME_RULE));
        assertInvalid("rule", "cg.error.rule.blank", () -> f.rules.save(LEAD, acme, " "));
        long customers = f.groupStore.create("Customers", GroupKind.DEFAULT, null, null, null, ServiceFixture.NOW).id();
        assertInvalid(null, "cg.error.group.default.immutable", () -> f.rules.save(ADMIN, customers, ACME_RULE));
        assertInvalid(null, "cg.error.group.default.immutable", () -> f.rules.remove(ADMIN, customers));

        f.groups.update(LEAD, acme, new GroupChanges(null, List.of("acme.example", "acme.test"), null, null, null));
        var e = assertInvalid("rule", "cg.error.autojoin.rule", () -> f.rules.save(LEAD, acme, ACME_RULE));
        assertEquals(List.of("acme.example, acme.test", "\"acme.example\", \"acme.test\""), e.arguments());
        assertEquals(GroupKind.STATIC, f.groupStore.findById(acme).orElseThrow().kind());
    }

    @Test
    void removingMakesTheGroupStaticAndKeepsItsMembers() {
        f.rules.save(LEAD, acme, ACME_RULE);
        int before = f.trail().size();

        GroupDetails removed = f.rules.remove(LEAD, acme);

        assertEquals(GroupKind.STATIC, removed.group().kind());
        assertNull(removed.group().rule());
        assertEquals(2, removed.memberCount());
        List<AuditEntry> written = f.trailSince(before);
        assertEquals(1, written.size());
        assertEquals("rule: " + ACME_RULE, written.get(0).before());
        assertEquals("kind: STATIC", written.get(0).after());
        // Already static: nothing to do, nothing recorded; members by hand again.
        f.rules.remove(LEAD, acme);
        assertEquals(before + 1, f.trail().size());
        f.members.add(LEAD, acme, List.of("carol"));
        assertEquals(Set.of("alice", "bob", "carol"), f.host.directory.membersOf("Acme"));
    }

    @Test
    void aDynamicGroupTakesNoAutoJoinDomainsButMayClearThem() {
        f.rules.save(LEAD, acme, ACME_RULE);

        assertInvalid("settings.autoJoinDomains", "cg.error.autojoin.dynamic",
                () -> f.groups.update(LEAD, acme, new GroupChanges(null, List.of("acme.example"), null, null, null)));
        GroupDetails cleared = f.groups.update(LEAD, acme, new GroupChanges("Key account", List.of(), null, null,
                null));
        assertEquals("Key account", cleared.group().description());
        assertEquals(ACME_RULE, cleared.group().rule());
    }

    private static List<String> usernames(List<UserSummary> users) {
        return users.stream().map(UserSummary::username).toList();
    }
}
