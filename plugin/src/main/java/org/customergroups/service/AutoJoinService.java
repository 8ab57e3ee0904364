package org.customergroups.service;

import org.customergroups.domain.AuditCause;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.UserProfiles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Auto-join by e-mail domain (a STATIC group's setting; dynamic groups write the domain into their rule).
 * New users join through the reconciler; existing users on demand, after a preview. A domain claimed by two
 * groups is reported: a matching user joins every group that claims it, and both groups show the collision.
 *
 * <p>A domain matches the part of the address after its last '@' exactly (ignoring case): "acme.example" does not
 * match "mail.acme.example". Collisions name only the groups the actor may see. A group's preview reports every
 * collision of its own domains, also with a group the actor may not see (then naming the visible group only); the
 * list of all collisions holds only the domains claimed by two or more groups the actor may see.
 */
public final class AutoJoinService {

    private final CustomerGroupStore groups;
    private final UserProfiles users;
    private final GroupAccess access;
    private final ComputedMemberships memberships;

    public AutoJoinService(CustomerGroupStore groups, UserProfiles users, Directory directory, GroupAccess access,
                           AuditTrail audit, OwnMembershipChanges ownChanges, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.access = access;
        this.memberships = new ComputedMemberships(directory, audit, ownChanges, clock);
    }

    /**
     * Rights: the group's update policy, as for {@link #apply}. The preview lists users who are <em>not</em>
     * members (everyone at the group's domains, with their e-mail addresses): more than a viewer sees in the
     * Members tab, and only useful to someone who may apply it.
     */
    public AutoJoinPreview preview(String actor, long groupId, PageRequest page) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireUpdate(actor, group);
        Predicate<UserProfile> joins = joins(group);
        Slice<UserSummary> slice = new Slice<>(page);
        long scanned = ComputedMemberships.scan(users, Reconciler.PAGE, p -> p.stream().filter(joins)
                .forEach(u -> slice.offer(u.user())));
        List<DomainCollision> collisions = collisions(access.viewer(actor), group.settings().autoJoinDomains(),
                group.id());
        return new AutoJoinPreview(slice.page(), collisions, scanned);
    }

    /** Adds every existing user the preview lists (update policy); returns how many joined (cause AUTO_JOIN). */
    public long apply(String actor, long groupId) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireUpdate(actor, group);
        if (group.kind() == GroupKind.DEFAULT) {
            throw DomainException.invalid(null, "cg.error.group.default.immutable");
        }
        if (group.kind() == GroupKind.DYNAMIC) {
            throw DomainException.invalid(null, "cg.error.autojoin.dynamic");
        }
        Predicate<UserProfile> joins = joins(group);
        AtomicLong joined = new AtomicLong();
        ComputedMemberships.scan(users, Reconciler.PAGE, p -> {
            List<UserSummary> batch = p.stream().filter(joins).map(UserProfile::user).toList();
            joined.addAndGet(memberships.join(group, batch, AuditCause.AUTO_JOIN, actor).size());
        });
        return joined.get();
    }

    /** Every domain claimed by more than one group, among the groups the actor may see. */
    public List<DomainCollision> collisions(String actor) {
        Predicate<CustomerGroup> visible = access.viewer(actor);
        Map<String, List<CustomerGroup>> claims = claims();
        List<DomainCollision> result = new ArrayList<>();
        claims.forEach((domain, claimants) -> {
            List<CustomerGroup> seen = claimants.stream().filter(visible).toList();
            if (seen.size() > 1) {
                result.add(new DomainCollision(domain, seen));
            }
        });
        return result;
    }

    /** The collisions of one group's domains: every domain another group claims too (visible groups named). */
    private List<DomainCollision> collisions(Predicate<CustomerGroup> visible, List<String> domains, long groupId) {
        if (domains.isEmpty()) {
            return List.of();
        }
        Map<String, List<CustomerGroup>> claims = claims();
        List<DomainCollision> result = new ArrayList<>();
        for (String domain : domains) {
            List<CustomerGroup> claimants = claims.getOrDefault(domain, List.of());
            if (claimants.stream().anyMatch(g -> g.id() != groupId)) {
                result.add(new DomainCollision(domain, claimants.stream().filter(visible).toList()));
            }
        }
        return result;
    }

    /** Domain to the STATIC groups claiming it, domains in order, groups by name (as the store lists them). */
    private Map<String, List<CustomerGroup>> claims() {
        Map<String, List<CustomerGroup>> claims = new TreeMap<>();
        for (CustomerGroup g : groups.withAutoJoinDomains()) {
            if (g.kind() == GroupKind.STATIC) {
                for (String d : g.settings().autoJoinDomains()) {
                    claims.computeIfAbsent(d, k -> new ArrayList<>()).add(g);
                }
            }
        }
        return new LinkedHashMap<>(claims);
    }

    /** Users auto-join would add now: address at one of the group's domains, not a member yet. */
    private static Predicate<UserProfile> joins(CustomerGroup group) {
        List<String> domains = group.kind() == GroupKind.STATIC ? group.settings().autoJoinDomains() : List.of();
        return u -> !domains.isEmpty() && ComputedMemberships.inDomains(u.user().email(), domains)
                && !u.isMemberOf(group.name());
    }
}
