package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Permissions;
import org.customergroups.port.UserProfiles;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Customer admins of the same accounts: users who share at least one non-default customer group (Customers and
 * the other default groups do not count: everybody shares those). Used when a customer admin who is not a Jira
 * admin changes Customer Admins ({@link MembershipService}), and to keep one customer's admins from seeing
 * another's: an unlicensed customer admin, who may see Customer Admins only because they belong to it, sees only
 * its members of their own accounts (and themselves), in the member list and in the group's member count.
 *
 * <p>Group membership is the host's (nested groups included), read once per user from the user's profile.
 */
public final class CustomerAdminPeers {

    private static final int SCAN_BATCH = PageRequest.MAX_LIMIT;

    private final CustomerGroupStore groups;
    private final Directory directory;
    private final UserProfiles profiles;
    private final Permissions permissions;

    public CustomerAdminPeers(CustomerGroupStore groups, Directory directory, UserProfiles profiles,
                              Permissions permissions) {
        this.groups = groups;
        this.directory = directory;
        this.profiles = profiles;
        this.permissions = permissions;
    }

    /**
     * Whether {@code actor} sees only their peers among the group's members: the group is Customer Admins and the
     * actor is neither a Jira admin nor licensed (licensed users see the group through its view policy, as any
     * other group).
     */
    public boolean peersOnly(String actor, CustomerGroup group) {
        return MembershipService.isCustomerAdmins(group)
                && !permissions.isJiraAdmin(actor) && !permissions.isLicensed(actor);
    }

    /**
     * The test "is the actor, or shares a non-default customer group with the actor". 401 when the actor is not a
     * known user.
     */
    public Predicate<UserSummary> sameAccounts(String actor) {
        UserSummary self = directory.userByKey(actor).orElseThrow(DomainException::notAuthenticated);
        Set<String> own = accountGroups(self.username());
        return u -> u.key().equals(self.key()) || !own.isEmpty() && profiles.byName(u.username())
                .map(p -> p.facts().groups().stream().anyMatch(own::contains)).orElse(false);
    }

    /**
     * The group's direct members matching {@code query}: all of them, or for {@link #peersOnly} actors those of the
     * same accounts, paged over the filtered list (Customer Admins is small: its members are scanned page by page).
     */
    public Page<UserSummary> members(String actor, CustomerGroup group, String query, PageRequest page) {
        if (!peersOnly(actor, group)) {
            return directory.members(group.name(), query, page);
        }
        Predicate<UserSummary> peer = sameAccounts(actor);
        Slice<UserSummary> slice = new Slice<>(page);
        int offset = 0;
        while (true) {
            Page<UserSummary> batch = directory.members(group.name(), query, new PageRequest(offset, SCAN_BATCH));
            batch.values().stream().filter(peer).forEach(slice::offer);
            offset += batch.values().size();
            if (batch.values().isEmpty() || offset >= batch.total()) {
                return slice.page();
            }
        }
    }

    /** The member count the actor may see: the host's count, or the number of {@link #members} for peers-only. */
    public int memberCount(String actor, CustomerGroup group) {
        if (!peersOnly(actor, group)) {
            return directory.memberCount(group.name());
        }
        return (int) members(actor, group, null, new PageRequest(0, 1)).total();
    }

    /** The non-default customer groups the user belongs to (lower-case names, as the profile's facts hold them). */
    private Set<String> accountGroups(String username) {
        Set<String> result = new HashSet<>();
        profiles.byName(username).ifPresent(p -> p.facts().groups().forEach(name -> groups.findByName(name)
                .filter(g -> g.kind() != GroupKind.DEFAULT)
                .ifPresent(g -> result.add(name))));
        return result;
    }
}
