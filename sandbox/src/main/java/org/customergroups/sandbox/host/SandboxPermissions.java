package org.customergroups.sandbox.host;

import org.customergroups.port.Permissions;

/**
 * The plugin's {@link Permissions} port over the sandbox's users and project roles (user key =
 * username): Jira administrators administer every project; a project's ADMIN role administers it;
 * its AGENT and ADMIN roles are its agents; the licensed flag is application access.
 */
public final class SandboxPermissions implements Permissions {

    private final HostSql sql;

    public SandboxPermissions(HostSql sql) {
        this.sql = sql;
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
