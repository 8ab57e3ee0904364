package org.customergroups.sandbox.host;

import org.customergroups.port.Permissions;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The plugin's {@link Permissions} port over the sandbox's users and project roles (user key =
 * username): Jira administrators administer every project; a project's ADMIN role administers it;
 * its AGENT and ADMIN roles are its agents; the licensed flag is application access.
 *
 * <p>Issues follow the sandbox's one permission scheme ({@link SandboxPermissionSchemes}):
 * <ul>
 *   <li>Edit Issues: the project's agents (AGENT and ADMIN roles) and Jira administrators;</li>
 *   <li>Browse Projects (seeing an issue), and Add Comments with it: Jira administrators, the
 *   project's roles, the issue's reporter, and "Group custom field value (Customer Groups)": members
 *   of a group in the issue's Customer Groups field value; and "User custom field value (Customer
 *   Admins)": the users in the issue's Customer Admins field value (the plugin's type computes it live).</li>
 * </ul>
 * The field value comes from {@code groupsOfIssue} ({@link CustomerGroupsField#groupsOf}, which asks
 * the plugin's field type as Jira's permission check does). It is asked last, only when nothing
 * cheaper decided.
 */
public final class SandboxPermissions implements Permissions {

    private final HostSql sql;
    private final LongFunction<List<String>> groupsOfIssue;
    private final LongFunction<List<String>> customerAdminsOfIssue;

    public SandboxPermissions(HostSql sql, LongFunction<List<String>> groupsOfIssue) {
        this(sql, groupsOfIssue, issueId -> List.of());
    }

    /**
     * {@code customerAdminsOfIssue}: the user keys of the issue's "Customer Admins" field value
     * ({@link CustomerAdminsField#usersOf}), granted Browse Projects as "User custom field value".
     */
    public SandboxPermissions(HostSql sql, LongFunction<List<String>> groupsOfIssue,
                              LongFunction<List<String>> customerAdminsOfIssue) {
        this.sql = sql;
        this.groupsOfIssue = groupsOfIssue;
        this.customerAdminsOfIssue = customerAdminsOfIssue;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        return flag("JIRA_ADMIN", userKey);
    }

    @Override
    public boolean isLicensed(String userKey) {
        return flag("LICENSED", userKey);
    }

    @Override
    public boolean isProjectAdmin(String userKey, long projectId) {
        return isJiraAdmin(userKey) || hasRole(userKey, projectId, ProjectRole.ADMIN, ProjectRole.ADMIN);
    }

    @Override
    public boolean isAgent(String userKey, long projectId) {
        return hasRole(userKey, projectId, ProjectRole.AGENT, ProjectRole.ADMIN);
    }

    @Override
    public boolean canEditIssue(String userKey, long issueId) {
        if (userKey == null) {
            return false;
        }
        return isJiraAdmin(userKey) || sql.number("SELECT COUNT(*) FROM {ISSUE} i"
                + " JOIN {PROJECT_ROLE} r ON r.\"PROJECT_KEY\" = i.\"PROJECT_KEY\""
                + " WHERE i.\"ID\" = ? AND r.\"USERNAME\" = ?", issueId, userKey) > 0;
    }

    @Override
    public boolean canBrowseIssue(String userKey, long issueId) {
        if (userKey == null) {
            return false;
        }
        List<String> reporter = sql.list("SELECT \"REPORTER\" FROM {ISSUE} WHERE \"ID\" = ?", rs -> rs.getString(1),
                issueId);
        if (reporter.isEmpty()) {
            return false;
        }
        if (userKey.equals(reporter.get(0)) || canEditIssue(userKey, issueId)) {
            return true;
        }
        return memberOfAny(userKey, groupsOfIssue.apply(issueId))
                || customerAdminsOfIssue.apply(issueId).contains(userKey);
    }

    /** One query: is the user in any of the groups (names ignoring case)? */
    private boolean memberOfAny(String username, List<String> groups) {
        if (groups.isEmpty()) {
            return false;
        }
        Object[] params = new Object[groups.size() + 1];
        params[0] = username;
        for (int i = 0; i < groups.size(); i++) {
            params[i + 1] = groups.get(i).toLowerCase(Locale.ROOT);
        }
        String marks = String.join(", ", Collections.nCopies(groups.size(), "?"));
        return sql.number("SELECT COUNT(*) FROM {MEMBERSHIP} WHERE \"USERNAME\" = ? AND \"LOWER_GROUP\" IN (" + marks + ")",
                params) > 0;
    }

    private boolean flag(String column, String userKey) {
        if (userKey == null) {
            return false;
        }
        return sql.list("SELECT \"" + column + "\" FROM {USER} WHERE \"USERNAME\" = ?", rs -> rs.getBoolean(1), userKey)
                .stream().findFirst().orElse(false);
    }

    private boolean hasRole(String userKey, long projectId, ProjectRole one, ProjectRole other) {
        if (userKey == null) {
            return false;
        }
        return sql.number("SELECT COUNT(*) FROM {PROJECT_ROLE} r JOIN {PROJECT} p ON p.\"PROJECT_KEY\" = r.\"PROJECT_KEY\""
                + " WHERE p.\"ID\" = ? AND r.\"USERNAME\" = ? AND r.\"ROLE\" IN (?, ?)", projectId, userKey, one, other) > 0;
    }
}
