package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.Permissions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who may do what with customer groups and project catalogs. Actors are Jira user keys.
 * <ul>
 *   <li>Jira administrators may do everything.</li>
 *   <li>Viewing a group follows its {@link org.customergroups.domain.ViewPolicy}; updating it (settings,
 *       members) its {@link org.customergroups.domain.UpdatePolicy}. "Using projects" are the projects whose
 *       catalog holds the group. Non-admins must also be licensed: reporter accounts never see groups here.</li>
 *   <li>Project admins manage their project's catalog; its agents may see it.</li>
 *   <li>Deleting a group removes it from every catalog, so besides Jira admins only someone allowed to update
 *       it who administers <em>every</em> project using it may.</li>
 *   <li>Customer Admins (a default group): its members are changed by Jira admins and by its own members (customer
 *       admins, licensed or not) only; its members may also see it.</li>
 * </ul>
 * The {@code requireX} variants throw FORBIDDEN with a message naming what is needed.
 */
public final class GroupAccess {

    private final Permissions permissions;
    private final CatalogStore catalog;
    private final CustomerAdmins customerAdmins;

    public GroupAccess(Permissions permissions, CatalogStore catalog, CustomerAdmins customerAdmins) {
        this.permissions = permissions;
        this.catalog = catalog;
        this.customerAdmins = customerAdmins;
    }

    public boolean isJiraAdmin(String actor) {
        return permissions.isJiraAdmin(actor);
    }

    public boolean canView(String actor, CustomerGroup group) {
        return viewer(actor).test(group);
    }

    /**
     * {@link #canView} for many groups in a row (listing, search): the actor's global facts are asked once and
     * each project's agent/admin facts at most once.
     */
    public Predicate<CustomerGroup> viewer(String actor) {
        if (permissions.isJiraAdmin(actor)) {
            return g -> true;
        }
        Map<Long, Boolean> customerAdmin = new HashMap<>(1);
        Predicate<CustomerGroup> ownGroup = g -> isCustomerAdminsGroup(g)
                && customerAdmin.computeIfAbsent(0L, k -> customerAdmins.isCustomerAdminKey(actor));
        if (!permissions.isLicensed(actor)) {
            return ownGroup;
        }
        Map<Long, Boolean> admin = new HashMap<>();
        Map<Long, Boolean> agentOrAdmin = new HashMap<>();
        return g -> ownGroup.test(g) || switch (g.settings().viewPolicy()) {
            case EVERYONE -> true;
            case AGENTS_OF_USING_PROJECTS -> usingProjects(g).stream().anyMatch(p -> agentOrAdmin.computeIfAbsent(p,
                    id -> permissions.isProjectAdmin(actor, id) || permissions.isAgent(actor, id)));
            case ADMINS -> usingProjects(g).stream().anyMatch(p -> admin.computeIfAbsent(p,
                    id -> permissions.isProjectAdmin(actor, id)));
        };
    }

    public boolean canUpdate(String actor, CustomerGroup group) {
        if (permissions.isJiraAdmin(actor)) {
            return true;
        }
        if (!permissions.isLicensed(actor)) {
            return false;
        }
        return switch (group.settings().updatePolicy()) {
            case JIRA_ADMINS -> false;
            case PROJECT_ADMINS_OF_USING_PROJECTS -> usingProjects(group).stream()
                    .anyMatch(p -> permissions.isProjectAdmin(actor, p));
        };
    }

    /**
     * Adding and removing members: the update policy, except for Customer Admins, whose members are changed by Jira
     * admins and customer admins only.
     */
    public boolean canManageMembers(String actor, CustomerGroup group) {
        if (isCustomerAdminsGroup(group)) {
            return permissions.isJiraAdmin(actor) || customerAdmins.isCustomerAdminKey(actor);
        }
        return canUpdate(actor, group);
    }

    public boolean canDelete(String actor, CustomerGroup group) {
        if (permissions.isJiraAdmin(actor)) {
            return true;
        }
        if (!permissions.isLicensed(actor)) {
            return false;
        }
        // Administering every using project (at least one) includes canUpdate's "any using project".
        return switch (group.settings().updatePolicy()) {
            case JIRA_ADMINS -> false;
            case PROJECT_ADMINS_OF_USING_PROJECTS -> {
                List<Long> using = usingProjects(group);
                yield !using.isEmpty() && using.stream().allMatch(p -> permissions.isProjectAdmin(actor, p));
            }
        };
    }

    public boolean canManageCatalog(String actor, long projectId) {
        return permissions.isJiraAdmin(actor) || permissions.isProjectAdmin(actor, projectId);
    }

    public boolean canSeeCatalog(String actor, long projectId) {
        return canManageCatalog(actor, projectId) || permissions.isAgent(actor, projectId);
    }

    /** Creating a group: Jira admins anywhere; project admins for their own project ({@code projectId} non-null). */
    public boolean canCreateGroup(String actor, Long projectId) {
        return permissions.isJiraAdmin(actor) || projectId != null && permissions.isProjectAdmin(actor, projectId);
    }

    /** Licensed users (agents, standard users) and Jira admins; not reporter accounts. */
    public boolean canSearchUsers(String actor) {
        return permissions.isJiraAdmin(actor) || permissions.isLicensed(actor);
    }

    public void requireView(String actor, CustomerGroup group) {
        if (!canView(actor, group)) {
            throw DomainException.forbidden(switch (group.settings().viewPolicy()) {
                case EVERYONE -> "cg.error.group.view.forbidden.everyone";
                case AGENTS_OF_USING_PROJECTS -> "cg.error.group.view.forbidden.agents";
                case ADMINS -> "cg.error.group.view.forbidden.admins";
            });
        }
    }

    public void requireUpdate(String actor, CustomerGroup group) {
        if (!canUpdate(actor, group)) {
            throw DomainException.forbidden(switch (group.settings().updatePolicy()) {
                case JIRA_ADMINS -> "cg.error.group.update.forbidden.jira.admins";
                case PROJECT_ADMINS_OF_USING_PROJECTS -> "cg.error.group.update.forbidden.project.admins";
            });
        }
    }

    public void requireManageMembers(String actor, CustomerGroup group) {
        if (isCustomerAdminsGroup(group)) {
            if (!canManageMembers(actor, group)) {
                throw DomainException.forbidden("cg.error.group.default.customer.admins.forbidden");
            }
            return;
        }
        requireUpdate(actor, group);
    }

    public void requireDelete(String actor, CustomerGroup group) {
        if (!canDelete(actor, group)) {
            throw DomainException.forbidden("cg.error.group.delete.forbidden");
        }
    }

    public void requireManageCatalog(String actor, long projectId, String projectKey) {
        if (!canManageCatalog(actor, projectId)) {
            throw DomainException.forbidden("cg.error.catalog.manage.forbidden", projectKey);
        }
    }

    public void requireSeeCatalog(String actor, long projectId, String projectKey) {
        if (!canSeeCatalog(actor, projectId)) {
            throw DomainException.forbidden("cg.error.catalog.view.forbidden", projectKey);
        }
    }

    public void requireCreateGroup(String actor, Long projectId, String projectKey) {
        if (!canCreateGroup(actor, projectId)) {
            throw projectId == null
                    ? DomainException.forbidden("cg.error.group.create.forbidden")
                    : DomainException.forbidden("cg.error.group.create.project.forbidden", projectKey);
        }
    }

    public void requireJiraAdmin(String actor, String messageKey) {
        if (!permissions.isJiraAdmin(actor)) {
            throw DomainException.forbidden(messageKey);
        }
    }

    public void requireUserSearch(String actor) {
        if (!canSearchUsers(actor)) {
            throw DomainException.forbidden("cg.error.user.search.forbidden");
        }
    }

    private static boolean isCustomerAdminsGroup(CustomerGroup group) {
        return group.defaultGroup().filter(d -> d == DefaultGroup.CUSTOMER_ADMINS).isPresent();
    }

    private List<Long> usingProjects(CustomerGroup group) {
        return catalog.projectIdsOf(group.id());
    }
}
