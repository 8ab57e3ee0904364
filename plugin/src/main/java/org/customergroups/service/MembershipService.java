package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A customer group's members, the user picker and upgrading reporter accounts.
 *
 * <p>Customer Admins: a customer admin who is not a Jira admin acts within their own accounts only. They may add or
 * remove only users who share at least one non-default customer group with them (Customers and the other default
 * groups do not count: everybody shares those), and themselves; an Acme customer admin cannot make a Globex user a
 * customer admin, nor remove a Globex customer admin. Jira admins are not restricted. Group membership is the
 * host's (nested groups included), read once per user ({@link CustomerAdminPeers}); an unlicensed customer admin
 * also lists only the Customer Admins members of their own accounts.
 */
public final class MembershipService {

    public static final int MAX_USERNAMES = 100;

    private final CustomerGroupStore groups;
    private final Directory directory;
    private final CustomerAdminPeers peers;
    private final GroupAccess access;
    private final AuditTrail audit;
    private final OwnMembershipChanges ownChanges;
    private final CustomerAdminReindex adminReindex;
    private final Clock clock;

    public MembershipService(CustomerGroupStore groups, Directory directory, CustomerAdminPeers peers,
                             GroupAccess access, AuditTrail audit, OwnMembershipChanges ownChanges,
                             CustomerAdminReindex adminReindex, Clock clock) {
        this.groups = groups;
        this.directory = directory;
        this.peers = peers;
        this.access = access;
        this.audit = audit;
        this.ownChanges = ownChanges;
        this.adminReindex = adminReindex;
        this.clock = clock;
    }

    /**
     * Direct members matching {@code query}, by username (view policy). An unlicensed customer admin listing
     * Customer Admins sees only the customer admins of their own accounts ({@link CustomerAdminPeers}).
     */
    public Page<UserSummary> members(String actor, long groupId, String query, PageRequest page) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireView(actor, group);
        return peers.members(actor, group, blankToNull(query), page);
    }

    /**
     * Adds users (update policy). All or nothing: when any username is unknown nobody is added and the error
     * names every unknown one. Users who already are members are reported, not an error.
     */
    public MembershipChange add(String actor, long groupId, List<String> usernames) {
        CustomerGroup group = editable(actor, groupId);
        if (usernames == null || usernames.isEmpty()) {
            throw DomainException.invalid("usernames", "cg.error.members.usernames.empty");
        }
        if (usernames.size() > MAX_USERNAMES) {
            throw DomainException.invalid("usernames", "cg.error.members.usernames.too.many", MAX_USERNAMES);
        }
        Map<String, UserSummary> users = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : usernames) {
            String name = raw == null ? "" : raw.strip();
            directory.userByName(name).filter(u -> !name.isEmpty()).ifPresentOrElse(
                    u -> users.putIfAbsent(u.key(), u),
                    () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("usernames", "cg.error.members.user.unknown", String.join(", ", unknown));
        }
        requireSameAccounts(actor, group, users.values());
        // Marked until the entries are written: the host's event for these additions must not record them again.
        MembershipChange change = ownChanges.during(group.id(), users.keySet(), true, () -> {
            List<UserSummary> added = new ArrayList<>();
            List<UserSummary> already = new ArrayList<>();
            for (UserSummary u : users.values()) {
                (directory.addMember(group.name(), u.username()) ? added : already).add(u);
            }
            Instant now = clock.instant();
            audit.recordAll(added.stream()
                    .map(u -> AuditEntry.of(AuditAction.MEMBER_ADDED, AuditCause.MANUAL, actor, now)
                            .group(group.id(), group.name()).user(u.key()).build())
                    .toList());
            return new MembershipChange(added, already);
        });
        if (isCustomerAdmins(group)) {
            adminReindex.onCustomerAdminsChanged(change.added().stream().map(UserSummary::username).toList());
        }
        return change;
    }

    /** Removes a user (update policy); idempotent when they are not a member. 404 when no such user. */
    public void remove(String actor, long groupId, String username) {
        CustomerGroup group = editable(actor, groupId);
        UserSummary user = Lookups.user(directory, username);
        requireSameAccounts(actor, group, List.of(user));
        boolean removed = ownChanges.during(group.id(), List.of(user.key()), false, () -> {
            if (directory.removeMember(group.name(), user.username())) {
                audit.record(AuditEntry.of(AuditAction.MEMBER_REMOVED, AuditCause.MANUAL, actor, clock.instant())
                        .group(group.id(), group.name()).user(user.key()).build());
                return true;
            }
            return false;
        });
        if (removed && isCustomerAdmins(group)) {
            adminReindex.onCustomerAdminsChanged(List.of(user.username()));
        }
    }

    /** Customer Admins' members decide the Customer Admins field: its index must follow (CustomerAdminReindex). */
    static boolean isCustomerAdmins(CustomerGroup group) {
        return group.defaultGroup().filter(d -> d == DefaultGroup.CUSTOMER_ADMINS).isPresent();
    }

    /** The user picker: licensed callers only (agents, standard users, admins). {@code type} null = any. */
    public Page<UserSummary> findUsers(String actor, String query, AccountType type, PageRequest page) {
        access.requireUserSearch(actor);
        return directory.findUsers(blankToNull(query), type, page);
    }

    /** Gives a reporter account standard (licensed) access. Jira admins only; 409 when already standard. */
    public UserSummary upgrade(String actor, String username) {
        access.requireJiraAdmin(actor, "cg.error.user.upgrade.forbidden");
        UserSummary user = Lookups.user(directory, username);
        if (user.type() == AccountType.STANDARD) {
            throw DomainException.conflict("cg.error.user.already.standard", user.username());
        }
        directory.grantStandardAccess(user.username());
        audit.record(AuditEntry.of(AuditAction.USER_UPGRADED, AuditCause.MANUAL, actor, clock.instant())
                .user(user.key())
                .change("type: " + AccountType.REPORTER.name(), "type: " + AccountType.STANDARD.name())
                .build());
        return directory.userByName(user.username()).orElse(user);
    }

    private CustomerGroup editable(String actor, long groupId) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireManageMembers(actor, group);
        if (group.kind() == GroupKind.DYNAMIC) {
            throw DomainException.invalid(null, "cg.error.group.dynamic.members");
        }
        // Customers and Verified Customers are kept by the reconciler: a hand-made change would be undone.
        if (group.defaultGroup().filter(DefaultGroup::computed).isPresent()) {
            throw DomainException.invalid(null, "cg.error.group.default.computed", group.name());
        }
        return group;
    }

    /**
     * Customer Admins changed by a customer admin who is not a Jira admin: every user must share a non-default
     * customer group with the actor (or be the actor). 403 naming every user who does not, nothing changed.
     */
    private void requireSameAccounts(String actor, CustomerGroup group, Iterable<UserSummary> users) {
        if (group.defaultGroup().filter(d -> d == DefaultGroup.CUSTOMER_ADMINS).isEmpty()
                || access.isJiraAdmin(actor)) {
            return;
        }
        Predicate<UserSummary> sameAccounts = peers.sameAccounts(actor);
        List<String> outside = new ArrayList<>();
        for (UserSummary u : users) {
            if (!sameAccounts.test(u)) {
                outside.add(u.username());
            }
        }
        if (!outside.isEmpty()) {
            throw DomainException.forbidden("cg.error.group.default.customer.admins.account",
                    String.join(", ", outside));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
