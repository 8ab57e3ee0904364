package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.rule.UserFacts;
import org.customergroups.port.UserProfiles;
import org.customergroups.sandbox.host.ao.HostUserPropertyEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The plugin's {@link UserProfiles} port over the sandbox's user, user-property, group and membership tables, as
 * JiraUserProfiles is over Jira's users, property sets and groups. A page is three keyset queries: the next
 * {@code limit} users after the cursor (usernames are stored in lower case, so the column order is the port's order),
 * then the properties and the group names of exactly that username range. Nothing reads more than one page of users
 * with their own rows; {@link #pagesRead()} and {@link #largestPageRows()} let tests check that a full pass did so.
 * Sandbox accounts are all active. Properties are what the sandbox's {@code /rest/api/2/user/properties} stores.
 */
public final class SandboxUserProfiles implements UserProfiles {

    static final int MAX_LIMIT = 1000;
    /** The message JiraUserProfiles uses for an unknown user (key of the plugin's bundle). */
    static final String USER_NOT_FOUND = "cg.error.jira.user.not.found";

    private static final String USERS = "SELECT \"USERNAME\", \"DISPLAY_NAME\", \"EMAIL\", \"LICENSED\" FROM {USER}";

    private final ActiveObjects ao;
    private final HostSql sql;
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong largestPageRows = new AtomicLong();

    public SandboxUserProfiles(ActiveObjects ao, HostSql sql) {
        this.ao = ao;
        this.sql = sql;
    }

    @Override
    public List<UserProfile> page(String afterUsername, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        List<UserSummary> users = afterUsername == null
                ? sql.list(USERS + " ORDER BY \"USERNAME\" LIMIT ?", SandboxDirectory::toUser, limit)
                : sql.list(USERS + " WHERE \"USERNAME\" > ? ORDER BY \"USERNAME\" LIMIT ?", SandboxDirectory::toUser,
                        lower(afterUsername), limit);
        pages.incrementAndGet();
        if (users.isEmpty()) {
            return List.of();
        }
        return profiles(users, users.get(0).username(), users.get(users.size() - 1).username());
    }

    @Override
    public Optional<UserProfile> byName(String username) {
        if (HostSql.isBlank(username)) {
            return Optional.empty();
        }
        String name = lower(username);
        List<UserSummary> users = sql.list(USERS + " WHERE \"USERNAME\" = ?", SandboxDirectory::toUser, name);
        return users.isEmpty() ? Optional.empty() : Optional.of(profiles(users, name, name).get(0));
    }

    /** Sets ({@code value} non-null) or removes a property of an existing user. */
    @Override
    public void setProperty(String username, String key, String value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("property key is blank");
        }
        String name = HostSql.isBlank(username) ? null : lower(username);
        if (name == null || sql.number("SELECT COUNT(*) FROM {USER} WHERE \"USERNAME\" = ?", name) == 0) {
            throw DomainException.notFound(USER_NOT_FOUND, String.valueOf(username));
        }
        ao.executeInTransaction(() -> {
            if (value == null) {
                sql.update("DELETE FROM {USER_PROPERTY} WHERE \"USERNAME\" = ? AND \"PROPERTY_KEY\" = ?", name, key);
            } else if (sql.update("UPDATE {USER_PROPERTY} SET \"PROPERTY_VALUE\" = ? WHERE \"USERNAME\" = ? "
                    + "AND \"PROPERTY_KEY\" = ?", value, name, key) == 0) {
                ao.create(HostUserPropertyEntity.class,
                        new DBParam(HostUserPropertyEntity.USERNAME, name),
                        new DBParam(HostUserPropertyEntity.PROPERTY_KEY, key),
                        new DBParam(HostUserPropertyEntity.PROPERTY_VALUE, value));
            }
            return null;
        });
    }

    /** A property's value, if the user has it (the sandbox REST API's GET). */
    public Optional<String> property(String username, String key) {
        return sql.list("SELECT \"PROPERTY_VALUE\" FROM {USER_PROPERTY} WHERE \"USERNAME\" = ? AND \"PROPERTY_KEY\" = ?",
                rs -> rs.getString(1), lower(username), key).stream().findFirst();
    }

    /** The keys of a user's properties, sorted. */
    public List<String> propertyKeys(String username) {
        return sql.list("SELECT \"PROPERTY_KEY\" FROM {USER_PROPERTY} WHERE \"USERNAME\" = ? ORDER BY \"PROPERTY_KEY\"",
                rs -> rs.getString(1), lower(username));
    }

    /** Pages served so far (a pass over n users reads n / limit + 1 pages). */
    public long pagesRead() {
        return pages.get();
    }

    /** The most rows (users, their properties and memberships) one page read from the database. */
    public long largestPageRows() {
        return largestPageRows.get();
    }

    private List<UserProfile> profiles(List<UserSummary> users, String first, String last) {
        Map<String, Map<String, String>> properties = new HashMap<>();
        sql.list("SELECT \"USERNAME\", \"PROPERTY_KEY\", \"PROPERTY_VALUE\" FROM {USER_PROPERTY}"
                        + " WHERE \"USERNAME\" >= ? AND \"USERNAME\" <= ?",
                rs -> properties.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2),
                        rs.getString(3)), first, last);
        Map<String, Set<String>> groups = new HashMap<>();
        List<Object> memberships = sql.list("SELECT m.\"USERNAME\", g.\"NAME\" FROM {MEMBERSHIP} m"
                        + " JOIN {GROUP} g ON g.\"LOWER_NAME\" = m.\"LOWER_GROUP\""
                        + " WHERE m.\"USERNAME\" >= ? AND m.\"USERNAME\" <= ?",
                rs -> groups.computeIfAbsent(rs.getString(1), u -> new HashSet<>()).add(rs.getString(2)), first, last);
        long rows = users.size() + memberships.size()
                + properties.values().stream().mapToLong(Map::size).sum();
        largestPageRows.accumulateAndGet(rows, Math::max);
        List<UserProfile> profiles = new ArrayList<>(users.size());
        for (UserSummary user : users) {
            profiles.add(new UserProfile(user, new UserFacts(user.username(), user.displayName(), user.email(),
                    properties.get(user.username()), groups.get(user.username()))));
        }
        return profiles;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
