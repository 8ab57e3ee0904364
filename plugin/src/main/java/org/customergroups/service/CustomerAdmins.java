package org.customergroups.service;

import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Customer-admin visibility: a member of Customer Admins sees every ticket whose reporter belongs to a
 * customer group the admin also belongs to, when that group is in the catalog of the ticket's project.
 * Default groups never count as the shared group (Customers would otherwise mean "every ticket").
 *
 * <p>Membership is the host's answer (Directory.isMember: direct or through nested groups), as for shares.
 */
public final class CustomerAdmins {

    private final CustomerGroupStore groups;
    private final CatalogStore catalog;
    private final Directory directory;

    public CustomerAdmins(CustomerGroupStore groups, CatalogStore catalog, Directory directory) {
        this.groups = groups;
        this.catalog = catalog;
        this.directory = directory;
    }

    /** The customer group through which {@code username} sees {@code issue} as a customer admin; empty if none. */
    public Optional<CustomerGroup> adminPath(String username, IssueRef issue) {
        String reporter = issue.reporterUsername();
        if (reporter == null || !isCustomerAdmin(username)) {
            return Optional.empty();
        }
        // The catalog is bounded by the project's groups; read it page by page in name order, first match wins.
        int start = 0;
        while (true) {
            Page<CatalogEntry> page = catalog.list(issue.projectId(), new PageRequest(start, PageRequest.MAX_LIMIT));
            List<CustomerGroup> candidates = groups.findByIds(page.values().stream().map(CatalogEntry::groupId)
                            .toList()).stream()
                    .filter(g -> g.kind() != GroupKind.DEFAULT)
                    .sorted(Comparator.comparing((CustomerGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                    .toList();
            for (CustomerGroup g : candidates) {
                if (directory.isMember(g.name(), username) && directory.isMember(g.name(), reporter)) {
                    return Optional.of(g);
                }
            }
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                return Optional.empty();
            }
        }
    }

    /**
     * The customer admins of the issue (the "Customer Admins" field value in Jira): direct members of Customer
     * Admins who share a non-default group of the project's catalog with the reporter, ordered by username. Empty
     * when there is no reporter, no Customer Admins group, or the reporter is in no catalog group.
     * <p>
     * Cost: the catalog page by page (bounded by the project's groups), then the Customer Admins members page by
     * page, never all users; per admin one membership question per candidate group. Members of a group nested in
     * Customer Admins are not listed (the host's member pages are direct members); the portal still lets them in
     * ({@link #adminPath} asks the host, which counts nesting).
     */
    public List<UserSummary> adminsOf(IssueRef issue) {
        String reporter = issue == null ? null : issue.reporterUsername();
        String adminsGroup = DefaultGroup.CUSTOMER_ADMINS.groupName();
        if (reporter == null
                || groups.findByName(adminsGroup).filter(g -> g.kind() == GroupKind.DEFAULT).isEmpty()) {
            return List.of();
        }
        List<String> reporterGroups = new ArrayList<>();
        int start = 0;
        while (true) {
            Page<CatalogEntry> page = catalog.list(issue.projectId(), new PageRequest(start, PageRequest.MAX_LIMIT));
            groups.findByIds(page.values().stream().map(CatalogEntry::groupId).toList()).stream()
                    .filter(g -> g.kind() != GroupKind.DEFAULT)
                    .filter(g -> directory.isMember(g.name(), reporter))
                    .forEach(g -> reporterGroups.add(g.name()));
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                break;
            }
        }
        if (reporterGroups.isEmpty()) {
            return List.of();
        }
        List<UserSummary> admins = new ArrayList<>();
        start = 0;
        while (true) {
            Page<UserSummary> page = directory.members(adminsGroup, null, new PageRequest(start, PageRequest.MAX_LIMIT));
            for (UserSummary admin : page.values()) {
                if (reporterGroups.stream().anyMatch(g -> directory.isMember(g, admin.username()))) {
                    admins.add(admin);
                }
            }
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                break;
            }
        }
        admins.sort(Comparator.comparing(UserSummary::username));
        return List.copyOf(admins);
    }

    /**
     * The customer groups at least one of {@code usernames} belongs to (the host's answer, nested groups included),
     * each once, in the store's order (default groups first, then by name). Walks the group metadata page by page
     * and asks the directory per group: bounded by the number of customer groups, not of users or issues.
     */
    public List<CustomerGroup> groupsOfAny(Collection<String> usernames) {
        List<CustomerGroup> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int start = 0;
        while (true) {
            Page<CustomerGroup> page = groups.search(null, new PageRequest(start, PageRequest.MAX_LIMIT));
            for (CustomerGroup g : page.values()) {
                if (!seen.contains(g.id())
                        && usernames.stream().anyMatch(u -> u != null && directory.isMember(g.name(), u))) {
                    seen.add(g.id());
                    result.add(g);
                }
            }
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                return result;
            }
        }
    }

    /**
     * The customer-admin clauses of these groups, in their order: one per non-default group (default groups never
     * count: Customers would mean every ticket) whose group is in at least one catalog, with those projects; at most
     * {@code max} clauses.
     */
    public List<RequestQuery.AdminScope> adminScopes(Collection<CustomerGroup> of, int max) {
        List<RequestQuery.AdminScope> scopes = new ArrayList<>();
        for (CustomerGroup g : of) {
            if (scopes.size() == max) {
                break;
            }
            if (g.kind() == GroupKind.DEFAULT) {
                continue;
            }
            List<Long> projects = catalog.projectIdsOf(g.id()).stream().distinct().sorted().toList();
            if (!projects.isEmpty()) {
                scopes.add(new RequestQuery.AdminScope(g.name(), projects));
            }
        }
        return List.copyOf(scopes);
    }

    /** Whether the user is a member of Customer Admins. */
    public boolean isCustomerAdmin(String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = DefaultGroup.CUSTOMER_ADMINS.groupName();
        return groups.findByName(name).filter(g -> g.kind() == GroupKind.DEFAULT).isPresent()
                && directory.isMember(name, username);
    }

    /** {@link #isCustomerAdmin} for a user key (the services' actors); false for unknown keys. */
    public boolean isCustomerAdminKey(String userKey) {
        return userKey != null && directory.userByKey(userKey).map(u -> isCustomerAdmin(u.username())).orElse(false);
    }
}
