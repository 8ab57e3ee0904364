package org.customergroups.service.fakes;

import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.rule.UserFacts;
import org.customergroups.port.UserProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stands in for the host's user profiles over a {@link FakeDirectory}: its users, and the groups they belong to as
 * the directory has them at the moment of reading. User properties and inactive users are kept here. Records the
 * size of every page read, so tests can see that a pass reads page by page. Not thread-safe; one per test.
 */
public final class FakeUserProfiles implements UserProfiles {

    private final FakeDirectory directory;
    private final Map<String, Map<String, String>> properties = new HashMap<>(); // lower-case username -> properties
    private final Set<String> inactive = new HashSet<>();
    /** The number of profiles of each page returned, in order. */
    public final List<Integer> pagesRead = new ArrayList<>();

    public FakeUserProfiles(FakeDirectory directory) {
        this.directory = directory;
    }

    /** Deactivates ({@code active} false) or reactivates a user: inactive users are not in pages. */
    public FakeUserProfiles active(String username, boolean active) {
        if (active) {
            inactive.remove(lower(username));
        } else {
            inactive.add(lower(username));
        }
        return this;
    }

    /** The properties this fake holds for the user (never null). */
    public Map<String, String> properties(String username) {
        return Map.copyOf(properties.getOrDefault(lower(username), Map.of()));
    }

    @Override
    public List<UserProfile> page(String afterUsername, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit " + limit);
        }
        TreeMap<String, UserSummary> sorted = new TreeMap<>();
        for (UserSummary u : allUsers()) {
            String key = lower(u.username());
            if (!inactive.contains(key) && (afterUsername == null || key.compareTo(lower(afterUsername)) > 0)) {
                sorted.put(key, u);
            }
        }
        List<String> groups = allGroups();
        List<UserProfile> page = sorted.values().stream().limit(limit).map(u -> profile(u, groups)).toList();
        pagesRead.add(page.size());
        return page;
    }

    @Override
    public Optional<UserProfile> byName(String username) {
        return directory.userByName(username).map(u -> profile(u, allGroups()));
    }

    @Override
    public void setProperty(String username, String key, String value) {
        Map<String, String> props = properties.computeIfAbsent(lower(username), k -> new HashMap<>());
        if (value == null) {
            props.remove(key);
        } else {
            props.put(key, value);
        }
    }

    private UserProfile profile(UserSummary u, List<String> groups) {
        Set<String> memberOf = new HashSet<>();
        for (String g : groups) {
            if (directory.isMember(g, u.username())) {
                memberOf.add(g);
            }
        }
        return new UserProfile(u, new UserFacts(u.username(), u.displayName(), u.email(),
                properties.getOrDefault(lower(u.username()), Map.of()), memberOf));
    }

    private List<UserSummary> allUsers() {
        List<UserSummary> all = new ArrayList<>();
        for (int start = 0; ; start += PageRequest.MAX_LIMIT) {
            Page<UserSummary> p = directory.findUsers(null, null, new PageRequest(start, PageRequest.MAX_LIMIT));
            all.addAll(p.values());
            if (start + PageRequest.MAX_LIMIT >= p.total()) {
                all.sort(Comparator.comparing(u -> lower(u.username())));
                return all;
            }
        }
    }

    private List<String> allGroups() {
        List<String> all = new ArrayList<>();
        for (int start = 0; ; start += PageRequest.MAX_LIMIT) {
            Page<String> p = directory.findGroups(null, new PageRequest(start, PageRequest.MAX_LIMIT));
            all.addAll(p.values());
            if (start + PageRequest.MAX_LIMIT >= p.total()) {
                return all;
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
