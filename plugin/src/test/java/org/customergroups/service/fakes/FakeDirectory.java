package org.customergroups.service.fakes;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Stands in for Jira's user directory: users by username, groups (names unique ignoring case, as in Jira)
 * with their direct members. Not thread-safe; one per test.
 */
public final class FakeDirectory implements Directory {

    private final Map<String, UserSummary> users = new LinkedHashMap<>();
    private final Map<String, String> groupNames = new TreeMap<>(); // lower-case name -> spelling
    private final Map<String, Set<String>> members = new TreeMap<>(); // lower-case name -> usernames
    public final List<String> deletedGroups = new ArrayList<>();

    public UserSummary addUser(String username, String displayName, String email, AccountType type) {
        UserSummary u = new UserSummary("key-" + username, username, displayName, email, type);
        users.put(username.toLowerCase(Locale.ROOT), u);
        return u;
    }

    public void addJiraGroup(String name, String... usernames) {
        createGroup(name);
        for (String u : usernames) {
            addMember(name, u);
        }
    }

    public boolean hasGroup(String name) {
        return groupNames.containsKey(lower(name));
    }

    public Set<String> membersOf(String name) {
        return Set.copyOf(members.getOrDefault(lower(name), Set.of()));
    }

    @Override
    public Optional<UserSummary> userByName(String username) {
        return Optional.ofNullable(username == null ? null : users.get(lower(username)));
    }

    @Override
    public Optional<UserSummary> userByKey(String userKey) {
        return users.values().stream().filter(u -> u.key().equals(userKey)).findFirst();
    }

    @Override
    public Page<UserSummary> findUsers(String query, AccountType type, PageRequest page) {
        return page(users.values().stream().filter(matches(query)).filter(u -> type == null || u.type() == type)
                .sorted(Comparator.comparing(UserSummary::username)).toList(), page);
    }

    @Override
    public Optional<String> groupName(String name) {
        return Optional.ofNullable(groupNames.get(lower(name)));
    }

    @Override
    public Page<String> findGroups(String query, PageRequest page) {
        String q = query == null ? "" : lower(query);
        return page(groupNames.values().stream().filter(n -> lower(n).contains(q)).toList(), page);
    }

    @Override
    public void createGroup(String name) {
        if (hasGroup(name)) {
            throw new IllegalStateException("group exists: " + name);
        }
        groupNames.put(lower(name), name);
        members.put(lower(name), new TreeSet<>());
    }

    @Override
    public void deleteGroup(String name) {
        groupNames.remove(lower(name));
        members.remove(lower(name));
        deletedGroups.add(name);
    }

    @Override
    public Page<UserSummary> members(String groupName, String query, PageRequest page) {
        return page(group(groupName).stream().map(users::get).filter(matches(query)).toList(), page);
    }

    @Override
    public int memberCount(String groupName) {
        return group(groupName).size();
    }

    @Override
    public boolean isMember(String groupName, String username) {
        return group(groupName).contains(lower(username));
    }

    @Override
    public boolean addMember(String groupName, String username) {
        requireUser(username);
        return group(groupName).add(lower(username));
    }

    @Override
    public boolean removeMember(String groupName, String username) {
        requireUser(username);
        return group(groupName).remove(lower(username));
    }

    @Override
    public void grantStandardAccess(String username) {
        UserSummary u = requireUser(username);
        users.put(lower(username), new UserSummary(u.key(), u.username(), u.displayName(), u.email(),
                AccountType.STANDARD));
    }

    private UserSummary requireUser(String username) {
        UserSummary u = users.get(lower(username));
        if (u == null) {
            throw new IllegalArgumentException("no user " + username);
        }
        return u;
    }

    private Set<String> group(String name) {
        Set<String> m = members.get(lower(name));
        if (m == null) {
            throw new IllegalArgumentException("no group " + name);
        }
        return m;
    }

    private static Predicate<UserSummary> matches(String query) {
        if (query == null || query.isBlank()) {
            return u -> true;
        }
        String q = lower(query);
        return u -> lower(u.username()).contains(q) || lower(u.displayName()).contains(q)
                || (u.email() != null && lower(u.email()).contains(q));
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(page.start(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return Page.of(page, all.size(), all.subList(from, to));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
