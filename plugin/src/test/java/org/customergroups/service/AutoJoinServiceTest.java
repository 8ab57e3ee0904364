package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.ViewPolicy;
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
import static org.customergroups.service.fakes.DemoHelpdesk.SALES_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Auto-join by e-mail domain: Acme (HELP, acme.example) and Partners (SALES, acme.example and partner.example)
 * collide on acme.example; Globex (HELP) has no domains.
 */
class AutoJoinServiceTest {

    private static final PageRequest FIRST = PageRequest.of(null, null);

    private ServiceFixture f;
    private long acme;
    private long partners;
    private long globex;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        partners = f.groups.create(SALES_LEAD, "Partners", null, "SALES").group().id();
        globex = f.groups.create(LEAD, "Globex", null, "HELP").group().id();
        f.groups.update(LEAD, acme, domains("acme.example"));
        f.groups.update(SALES_LEAD, partners, domains("partner.example", "acme.example"));
        f.host.directory.addUser("dora", "Dora Dell", "dora@Partner.Example", AccountType.REPORTER);
        f.host.directory.addUser("eve", "Eve East", "eve@mail.acme.example", AccountType.REPORTER);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static GroupChanges domains(String... domains) {
        return new GroupChanges(null, List.of(domains), null, null, null);
    }

    @Test
    void previewListsExistingUsersAtTheDomainsWhoAreNotMembersPaged() {
        f.host.directory.addMember("Acme", "alice");

        AutoJoinPreview p = f.autoJoin.preview(LEAD, acme, FIRST);

        assertEquals(List.of("bob"), usernames(p.joins().values())); // eve is at a sub-domain: no match
        assertEquals(1, p.joins().total());
        assertEquals(10, p.scanned());
        AutoJoinPreview paged = f.autoJoin.preview(SALES_LEAD, partners, new PageRequest(1, 1));
        assertEquals(3, paged.joins().total());
        assertEquals(List.of("bob"), usernames(paged.joins().values()));
        assertEquals(0, f.autoJoin.preview(LEAD, globex, FIRST).joins().total());
        assertEquals(Set.of("alice"), f.host.directory.membersOf("Acme"));
    }

    @Test
    void collisionsAreReportedWithTheGroupsTheActorMaySee() {
        // The lead of HELP sees Acme only (Partners is in SALES' catalog): the collision is still reported.
        AutoJoinPreview asLead = f.autoJoin.preview(LEAD, acme, FIRST);
        assertEquals(1, asLead.collisions().size());
        assertEquals("acme.example", asLead.collisions().get(0).domain());
        assertEquals(List.of("Acme"), names(asLead.collisions().get(0).groups()));

        AutoJoinPreview asAdmin = f.autoJoin.preview(ADMIN, acme, FIRST);
        assertEquals(List.of("Acme", "Partners"), names(asAdmin.collisions().get(0).groups()));

        List<DomainCollision> all = f.autoJoin.collisions(ADMIN);
        assertEquals(1, all.size());
        assertEquals("acme.example", all.get(0).domain());
        assertEquals(List.of("Acme", "Partners"), names(all.get(0).groups()));
        // Listing: only collisions among the groups the actor sees.
        assertEquals(List.of(), f.autoJoin.collisions(AGENT));
        f.groups.update(SALES_LEAD, partners, new GroupChanges(null, null, null, ViewPolicy.EVERYONE, null));
        assertEquals(1, f.autoJoin.collisions(AGENT).size());
    }

    @Test
    void applyAddsThePreviewedUsersOnceAndNeverRemovesAnyone() {
        f.host.directory.addMember("Acme", "carol");
        int before = f.trail().size();

        assertEquals(2, f.autoJoin.apply(LEAD, acme));

        assertEquals(Set.of("alice", "bob", "carol"), f.host.directory.membersOf("Acme"));
        List<AuditEntry> written = f.trailSince(before);
        assertEquals(List.of("MEMBER_ADDED key-alice AUTO_JOIN key-lead", "MEMBER_ADDED key-bob AUTO_JOIN key-lead"),
                written.stream().map(e -> e.action() + " " + e.userKey() + " " + e.cause() + " " + e.actorKey())
                        .toList());
        assertEquals(0, f.autoJoin.apply(LEAD, acme));
        assertEquals(before + 2, f.trail().size());
        // The colliding group gets them too when its own auto-join is applied.
        assertEquals(3, f.autoJoin.apply(SALES_LEAD, partners));
        assertEquals(Set.of("alice", "bob", "dora"), f.host.directory.membersOf("Partners"));
    }

    @Test
    void applyNeedsTheUpdatePolicyAndAStaticGroup() {
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.autoJoin.apply(AGENT, acme));
        // The preview too: it lists non-members with their addresses, more than a viewer's Members tab shows.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.autoJoin.preview(AGENT, acme, FIRST));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.autoJoin.preview(ALICE, acme, FIRST));
        f.groups.update(LEAD, globex, domains());
        f.rules.save(LEAD, globex, "emailDomain = \"globex.example\"");
        assertInvalid(null, "cg.error.autojoin.dynamic", () -> f.autoJoin.apply(LEAD, globex));
        CustomerGroup customers = f.groupStore.create("Customers", GroupKind.DEFAULT, null, null, null,
                ServiceFixture.NOW);
        assertInvalid(null, "cg.error.group.default.immutable", () -> f.autoJoin.apply(ADMIN, customers.id()));
        assertEquals(AuditAction.MEMBER_ADDED, f.trail().get(f.trail().size() - 1).action());
        assertEquals(AuditCause.RULE, f.trail().get(f.trail().size() - 1).cause());
    }

    private static List<String> usernames(List<UserSummary> users) {
        return users.stream().map(UserSummary::username).toList();
    }

    private static List<String> names(List<CustomerGroup> groups) {
        return groups.stream().map(CustomerGroup::name).toList();
    }
}
