package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.rule.Rule;
import org.customergroups.domain.rule.RuleSyntaxException;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.UserProfiles;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Dynamic groups: validating, previewing, saving and removing a group's membership rule. Rights: the group's
 * update policy (also for the preview; the check needs a signed-in user only); DEFAULT groups refuse (400).
 * Saving a rule makes the group DYNAMIC and reconciles it at once; removing it makes the group STATIC and keeps its
 * members. Recorded as RULE_CHANGED.
 *
 * <p>The rule is stored as written (without surrounding blanks), so the editor shows the author's layout; the
 * preview and the check answer its canonical form as well. A STATIC group with auto-join domains cannot get a
 * rule until the domains are removed: a dynamic group's members come from its rule only.
 */
public final class RuleService {

    /** The request field a refused rule names. */
    static final String FIELD = "rule";

    private final CustomerGroupStore groups;
    private final UserProfiles users;
    private final Directory directory;
    private final GroupAccess access;
    private final Reconciler reconciler;
    private final AuditTrail audit;
    private final Clock clock;

    public RuleService(CustomerGroupStore groups, UserProfiles users, Directory directory, GroupAccess access,
                       Reconciler reconciler, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.directory = directory;
        this.access = access;
        this.reconciler = reconciler;
        this.audit = audit;
        this.clock = clock;
    }

    /** Validation only, for the editor's live feedback: any signed-in user; never throws for a bad rule. */
    public RuleCheck check(String actor, String text) {
        try {
            return new RuleCheck(true, Rule.parse(text).canonical(), null, List.of(), -1, 0, 0);
        } catch (RuleSyntaxException e) {
            return new RuleCheck(false, null, e.messageKey(), e.arguments(), e.position(), e.line(), e.column());
        }
    }

    /**
     * Who would join and leave (400 for an invalid rule, with position). Rights: the update policy, as for saving:
     * a rule can test any user property and lists the matching users with their e-mail addresses, so a mere viewer
     * (an agent of a using project) could probe every user's properties with it. {@link #check} stays open to any
     * signed-in user: it reads no user.
     */
    public RulePreview preview(String actor, long groupId, String text, PageRequest joins, PageRequest leaves) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireUpdate(actor, group);
        refuseDefault(group);
        Rule rule = Rule.validate(FIELD, text);
        Slice<UserSummary> joining = new Slice<>(joins);
        Slice<UserSummary> leaving = new Slice<>(leaves);
        long scanned = ComputedMemberships.scan(users, Reconciler.PAGE, page -> {
            for (UserProfile user : page) {
                boolean member = user.isMemberOf(group.name());
                boolean matches = rule.matches(user.facts());
                if (matches && !member) {
                    joining.offer(user.user());
                } else if (!matches && member) {
                    leaving.offer(user.user());
                }
            }
        });
        return new RulePreview(rule.canonical(), joining.page(), leaving.page(), scanned);
    }

    public RuleChange save(String actor, long groupId, String text) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireUpdate(actor, group);
        refuseDefault(group);
        Rule.validate(FIELD, text);
        List<String> domains = group.settings().autoJoinDomains();
        if (!domains.isEmpty()) {
            throw DomainException.invalid(FIELD, "cg.error.autojoin.rule", String.join(", ", domains),
                    domains.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", ")));
        }
        String stored = text.strip();
        CustomerGroup updated = groups.setRule(groupId, stored)
                .orElseThrow(() -> DomainException.notFound("cg.error.group.not.found", groupId));
        if (!Objects.equals(group.rule(), stored)) {
            audit.record(AuditEntry.of(AuditAction.RULE_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                    .group(group.id(), group.name())
                    .change(describe(group), describe(updated))
                    .build());
        }
        ReconcileReport report = reconciler.reconcileGroup(groupId, actor);
        return new RuleChange(details(updated), report);
    }

    public GroupDetails remove(String actor, long groupId) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireUpdate(actor, group);
        refuseDefault(group);
        if (group.kind() != GroupKind.DYNAMIC) {
            return details(group); // already static: nothing to remove
        }
        CustomerGroup updated = groups.setRule(groupId, null)
                .orElseThrow(() -> DomainException.notFound("cg.error.group.not.found", groupId));
        audit.record(AuditEntry.of(AuditAction.RULE_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                .group(group.id(), group.name())
                .change(describe(group), describe(updated))
                .build());
        return details(updated);
    }

    private static void refuseDefault(CustomerGroup group) {
        if (group.kind() == GroupKind.DEFAULT) {
            throw DomainException.invalid(null, "cg.error.group.default.immutable");
        }
    }

    /** The audit value: the rule of a dynamic group, else its kind. */
    private static String describe(CustomerGroup group) {
        return group.rule() != null ? "rule: " + group.rule() : "kind: " + group.kind().name();
    }

    private GroupDetails details(CustomerGroup group) {
        return new GroupDetails(group, directory.memberCount(group.name()));
    }
}
