package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.customergroups.domain.AccountType;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;
import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.customergroups.sandbox.host.HostSql.ESCAPE;

/**
 * The plugin's {@link Directory} port over the sandbox's user, group and membership tables, as
 * JiraDirectory is over Jira's user directory. Every list is one paged SQL query plus a count:
 * nothing loads a whole table. The user key is the username (sandbox users are never renamed);
 * usernames are looked up in lower case and group names ignoring case, as in Jira. Adding and removing
 * a member fire the membership-created and -deleted events into the plugin ({@link HostEvents}).
 */
public final class SandboxDirectory implements Directory {

    /** The group that gives Jira Software access (what "standard access" means in the sandbox). */
    public static final String APPLICATION_GROUP = "jira-software-users";

    private static final String USER_COLUMNS = "u.\"USERNAME\", u.\"DISPLAY_NAME\", u.\"EMAIL\", u.\"LICENSED\"";
    private static final String SEARCH = " AND (LOWER(u.\"USERNAME\") LIKE ?" + ESCAPE
            + " OR LOWER(u.\"DISPLAY_NAME\") LIKE ?" + ESCAPE
            + " OR LOWER(u.\"EMAIL\") LIKE ?" + ESCAPE + ")";
    private static final String PAGE = " LIMIT ? OFFSET ?";
    /** The messages JiraDirectory uses for the same cases (keys of the plugin's bundle). */
    static final String USER_NOT_FOUND = "cg.error.jira.user.not.found";
    static final String GROUP_NOT_FOUND = "cg.error.jira.group.not.found";

    private final ActiveObjects ao;
    private final HostSql sql;
    private final HostEvents events;

    public SandboxDirectory(ActiveObjects ao, HostSql sql, HostEvents events) {
        this.ao = ao;
        this.sql = sql;
        this.events = events;
    }

    @Override
    public Optional<UserSummary> userByName(String username) {
        if (HostSql.isBlank(username)) {
            return Optional.empty();
        }
        return sql.list("SELECT " + USER_COLUMNS + " FROM {USER} u WHERE u.\"USERNAME\" = ?",
                SandboxDirectory::toUser, lower(username)).stream().findFirst();
    }

    @Override
    public Optional<UserSummary> userByKey(String userKey) {
        return userByName(userKey);
    }

    @Override
    public Page<UserSummary> findUsers(String query, AccountType type, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        addSearch(query, where, params);
        if (type != null) {
            where.append(" AND u.\"LICENSED\" = ?");
            params.add(type == AccountType.STANDARD);
        }
        long total = sql.number("SELECT COUNT(*) FROM {USER} u" + where, params.toArray());
        return Page.of(page, total, total <= page.start() ? List.of() : sql.list(
                "SELECT " + USER_COLUMNS + " FROM {USER} u" + where + " ORDER BY u.\"USERNAME\"" + PAGE,
                SandboxDirectory::toUser, withPage(params, page)));
    }

    @Override
    public Optional<String> groupName(String name) {
        if (HostSql.isBlank(name)) {
            return Optional.empty();
        }
        return sql.list("SELECT \"NAME\" FROM {GROUP} WHERE \"LOWER_NAME\" = ?", rs -> rs.getString(1), lower(name))
                .stream().findFirst();
    }

    @Override
    public Page<String> findGroups(String query, PageRequest page) {
        String where = HostSql.isBlank(query) ? "" : " WHERE \"LOWER_NAME\" LIKE ?" + ESCAPE;
        Object[] params = HostSql.isBlank(query) ? new Object[0] : new Object[] {HostSql.contains(query.strip())};
        long total = sql.number("SELECT COUNT(*) FROM {GROUP}" + where, params);
        return Page.of(page, total, total <= page.start() ? List.of() : sql.list(
                "SELECT \"NAME\" FROM {GROUP}" + where + " ORDER BY \"LOWER_NAME\"" + PAGE,
                rs -> rs.getString(1), withPage(List.of(params), page)));
    }

    /** An existing name (ignoring case) is a server error, as Jira's group manager refuses it. */
    @Override
    public void createGroup(String name) {
        ao.executeInTransaction(() -> {
            if (groupName(name).isPresent()) {
                throw new IllegalStateException("The sandbox failed to create a group: " + name + " exists");
            }
            ao.create(HostGroupEntity.class,
                    new DBParam(HostGroupEntity.NAME, name),
                    new DBParam(HostGroupEntity.LOWER_NAME, lower(name)));
            return null;
        });
    }

    /** Deletes the group and its memberships; nothing happens when there is no such group. */
    @Override
    public void deleteGroup(String name) {
        ao.executeInTransaction(() -> {
            sql.update("DELETE FROM {MEMBERSHIP} WHERE \"LOWER_GROUP\" = ?", lower(name));
            sql.update("DELETE FROM {GROUP} WHERE \"LOWER_NAME\" = ?", lower(name));
            return null;
        });
    }

    @Override
    public Page<UserSummary> members(String groupName, String query, PageRequest page) {
        requireGroup(groupName);
        StringBuilder where = new StringBuilder(" WHERE m.\"LOWER_GROUP\" = ?");
        List<Object> params = new ArrayList<>(List.of(lower(groupName)));
        addSearch(query, where, params);
        String from = " FROM {MEMBERSHIP} m JOIN {USER} u ON u.\"USERNAME\" = m.\"USERNAME\"";
        long total = HostSql.isBlank(query) ? memberCount(groupName) : sql.number("SELECT COUNT(*)" + from + where,
                params.toArray());
        return Page.of(page, total, total <= page.start() ? List.of() : sql.list(
                "SELECT " + USER_COLUMNS + from + where + " ORDER BY m.\"USERNAME\"" + PAGE,
                SandboxDirectory::toUser, withPage(params, page)));
    }

    @Override
    public int memberCount(String groupName) {
        if (HostSql.isBlank(groupName)) {
            return 0;
        }
        return (int) sql.number("SELECT COUNT(*) FROM {MEMBERSHIP} m WHERE m.\"LOWER_GROUP\" = ?", lower(groupName));
    }

    @Override
    public boolean isMember(String groupName, String username) {
        if (HostSql.isBlank(groupName) || HostSql.isBlank(username)) {
            return false;
        }
        return sql.number("SELECT COUNT(*) FROM {MEMBERSHIP} WHERE \"LOWER_GROUP\" = ? AND \"USERNAME\" = ?",
                lower(groupName), lower(username)) > 0;
    }

    /**
     * An unknown user or group is NOT_FOUND, as in JiraDirectory. Every addition of a member goes
     * through here, whoever asks (the sandbox's REST API or the plugin): an added membership fires the
     * membership-created event once it is committed, as Crowd does in Jira.
     */
    @Override
    public boolean addMember(String groupName, String username) {
        UserSummary user = requireUser(username);
        String group = groupName(groupName)
                .orElseThrow(() -> DomainException.notFound(GROUP_NOT_FOUND, String.valueOf(groupName)));
        boolean added = ao.executeInTransaction(() -> {
            if (isMember(group, user.username())) {
                return false;
            }
            ao.create(HostMembershipEntity.class,
                    new DBParam(HostMembershipEntity.LOWER_GROUP, lower(group)),
                    new DBParam(HostMembershipEntity.USERNAME, user.username()));
            return true;
        });
        if (added) {
            events.membershipCreated(group, user.username());
        }
        return added;
    }

    /**
     * Every removal of a member goes through here, whoever asks (the sandbox's REST API or the
     * plugin): a removed membership fires the membership-deleted event, as Crowd does in Jira.
     */
    @Override
    public boolean removeMember(String groupName, String username) {
        UserSummary user = requireUser(username);
        String group = groupName(groupName)
                .orElseThrow(() -> DomainException.notFound(GROUP_NOT_FOUND, String.valueOf(groupName)));
        boolean removed = sql.update("DELETE FROM {MEMBERSHIP} WHERE \"LOWER_GROUP\" = ? AND \"USERNAME\" = ?",
                lower(group), user.username()) > 0;
        if (removed) {
            events.membershipDeleted(group, user.username());
        }
        return removed;
    }

    /**
     * Licenses the account and adds it to {@value #APPLICATION_GROUP} (created if missing). The
     * membership is added after the licence's transaction, so that its event runs outside it.
     */
    @Override
    public void grantStandardAccess(String username) {
        UserSummary user = requireUser(username);
        ao.executeInTransaction(() -> {
            sql.update("UPDATE {USER} SET \"LICENSED\" = ? WHERE \"USERNAME\" = ?", true, user.username());
            if (groupName(APPLICATION_GROUP).isEmpty()) {
                createGroup(APPLICATION_GROUP);
            }
            return null;
        });
        addMember(APPLICATION_GROUP, user.username());
    }

    private void requireGroup(String groupName) {
        if (groupName(groupName).isEmpty()) {
            throw DomainException.notFound(GROUP_NOT_FOUND, String.valueOf(groupName));
        }
    }

    private UserSummary requireUser(String username) {
        return userByName(username)
                .orElseThrow(() -> DomainException.notFound(USER_NOT_FOUND, String.valueOf(username)));
    }

    private static void addSearch(String query, StringBuilder where, List<Object> params) {
        if (!HostSql.isBlank(query)) {
            String pattern = HostSql.contains(query.strip());
            where.append(SEARCH);
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
    }

    private static Object[] withPage(List<Object> params, PageRequest page) {
        List<Object> all = new ArrayList<>(params);
        all.add(page.limit());
        all.add(page.start());
        return all.toArray();
    }

    /** A user from the columns USERNAME, DISPLAY_NAME, EMAIL, LICENSED (in that order). */
    static UserSummary toUser(ResultSet rs) throws SQLException {
        String username = rs.getString(1);
        return new UserSummary(username, username, rs.getString(2), rs.getString(3),
                rs.getBoolean(4) ? AccountType.STANDARD : AccountType.REPORTER);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
