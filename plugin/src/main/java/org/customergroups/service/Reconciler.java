package org.customergroups.service;

import org.customergroups.domain.AuditCause;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.rule.Rule;
import org.customergroups.domain.rule.RuleSyntaxException;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.UserProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps the members of computed groups in step with their rules: every DYNAMIC group (its rule) and the
 * computed default groups Customers and Verified Customers (their built-in rules), plus auto-join for new
 * users. Membership is materialised into the Jira groups (Directory) so that Jira's permissions work; every
 * join and leave is recorded (cause RULE or AUTO_JOIN, actor null = the system unless given); a reporter who
 * leaves takes the group off their tickets exactly as in the cascade (ShareCascade.onMembershipsEnded).
 * Users are read page by page (UserProfiles), so memory stays bounded by one page.
 *
 * <p>Only active users are read: an inactive user keeps the memberships they had. A rule's {@code memberOf}
 * sees the memberships as read at the start of the page, so a chain of rules (A's rule reads B's members)
 * settles on the next pass. A group whose host group is missing or whose rule no longer parses is skipped and
 * logged; one failing group never stops the others.
 */
public final class Reconciler {

    /** Users read per page. */
    public static final int PAGE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final CustomerGroupStore groups;
    private final UserProfiles users;
    private final Directory directory;
    private final ShareCascade cascade;
    private final ComputedMemberships memberships;

    public Reconciler(CustomerGroupStore groups, UserProfiles users, Directory directory, ShareCascade cascade,
                      AuditTrail audit, OwnMembershipChanges ownChanges, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.directory = directory;
        this.cascade = cascade;
        this.memberships = new ComputedMemberships(directory, audit, ownChanges, clock);
    }

    /**
     * A group whose members are decided by {@code wants}; {@code removes} false for auto-join, which only adds.
     */
    private record Target(CustomerGroup group, Predicate<UserProfile> wants, AuditCause cause, boolean removes) {
    }

    /** What a pass has done so far (one per pass, single-threaded). */
    private static final class Tally {
        long joined;
        long left;
        long sharesRemoved;
    }

    /** One full pass over every user and every computed group (the scheduled job: one node at a time). */
    public ReconcileReport reconcileAll() {
        return pass(computedTargets(), null);
    }

    /**
     * One group after its rule was saved ({@code actor} is recorded as who caused it). A group that is not
     * computed reconciles nothing.
     */
    public ReconcileReport reconcileGroup(long groupId, String actor) {
        Optional<Target> target = groups.findById(groupId).flatMap(this::computed).filter(this::hostGroupExists);
        return target.isEmpty() ? ReconcileReport.NOTHING : pass(List.of(target.get()), actor);
    }

    /**
     * One user, on the host's user created ({@code created} true: auto-join applies too) or updated event.
     * Unknown users are ignored. Never throws into the host's event dispatch for one bad group.
     */
    public ReconcileReport reconcileUser(String username, boolean created) {
        if (username == null || username.isBlank()) {
            return ReconcileReport.NOTHING;
        }
        Optional<UserProfile> user = users.byName(username);
        if (user.isEmpty()) {
            return ReconcileReport.NOTHING;
        }
        List<Target> targets = new ArrayList<>(computedTargets());
        if (created) {
            targets.addAll(autoJoinTargets());
        }
        Tally tally = new Tally();
        apply(targets, List.of(user.get()), null, tally);
        return new ReconcileReport(targets.size(), 1, tally.joined, tally.left, tally.sharesRemoved);
    }

    private ReconcileReport pass(List<Target> targets, String actor) {
        if (targets.isEmpty()) {
            return ReconcileReport.NOTHING;
        }
        Tally tally = new Tally();
        long scanned = ComputedMemberships.scan(users, PAGE, page -> apply(targets, page, actor, tally));
        return new ReconcileReport(targets.size(), scanned, tally.joined, tally.left, tally.sharesRemoved);
    }

    /** The changes one page of users needs, written per group: one audit write and one cascade per group. */
    private void apply(List<Target> targets, List<UserProfile> page, String actor, Tally tally) {
        for (Target t : targets) {
            String name = t.group().name();
            List<UserSummary> joins = new ArrayList<>();
            List<UserSummary> leaves = new ArrayList<>();
            for (UserProfile user : page) {
                boolean member = user.isMemberOf(name);
                boolean wanted = t.wants().test(user);
                if (wanted && !member) {
                    joins.add(user.user());
                } else if (!wanted && member && t.removes()) {
                    leaves.add(user.user());
                }
            }
            try {
                tally.joined += memberships.join(t.group(), joins, t.cause(), actor).size();
                memberships.leave(t.group(), leaves, t.cause(), actor, left -> {
                    tally.left += left.size();
                    tally.sharesRemoved += cascade.onMembershipsEnded(name,
                            left.stream().map(UserSummary::username).toList(), actor);
                });
            } catch (RuntimeException e) {
                // E.g. the Jira group was deleted in the middle of the pass: the next pass finds it gone.
                LOG.warn("Could not reconcile the members of customer group {} (id {})", name, t.group().id(), e);
            }
        }
    }

    /** Every DYNAMIC group and every computed default group whose host group exists. */
    private List<Target> computedTargets() {
        List<Target> targets = new ArrayList<>();
        for (CustomerGroup g : groups.ofKind(GroupKind.DYNAMIC)) {
            computed(g).filter(this::hostGroupExists).ifPresent(targets::add);
        }
        for (CustomerGroup g : groups.ofKind(GroupKind.DEFAULT)) {
            computed(g).filter(this::hostGroupExists).ifPresent(targets::add);
        }
        return targets;
    }

    private Optional<Target> computed(CustomerGroup g) {
        if (g.kind() == GroupKind.DYNAMIC) {
            try {
                Rule rule = Rule.parse(g.rule());
                return Optional.of(new Target(g, u -> rule.matches(u.facts()), AuditCause.RULE, true));
            } catch (RuleSyntaxException e) {
                // Saved rules were validated; a rule the language no longer accepts is left alone, not emptied.
                LOG.warn("The rule of customer group {} (id {}) does not parse: {}", g.name(), g.id(), e.getMessage());
                return Optional.empty();
            }
        }
        return g.defaultGroup().filter(DefaultGroup::computed)
                .map(d -> new Target(g, d::wants, AuditCause.RULE, true));
    }

    /** STATIC groups with auto-join domains: new users whose address is at one of them join (never leave). */
    private List<Target> autoJoinTargets() {
        List<Target> targets = new ArrayList<>();
        for (CustomerGroup g : groups.withAutoJoinDomains()) {
            if (g.kind() == GroupKind.STATIC) {
                List<String> domains = g.settings().autoJoinDomains();
                Target t = new Target(g, u -> ComputedMemberships.inDomains(u.user().email(), domains),
                        AuditCause.AUTO_JOIN, false);
                if (hostGroupExists(t)) {
                    targets.add(t);
                }
            }
        }
        return targets;
    }

    private boolean hostGroupExists(Target t) {
        if (directory.groupName(t.group().name()).isPresent()) {
            return true;
        }
        LOG.warn("Customer group {} (id {}) has no Jira group: its members are not reconciled", t.group().name(),
                t.group().id());
        return false;
    }
}
