package org.customergroups.domain.rule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a rule may know about one user. Missing values are empty strings (never null); properties
 * (tags) with a null key or value are dropped; group names are lower-cased ({@link Locale#ROOT}),
 * because Jira compares group names ignoring case.
 *
 * @param username    the username
 * @param displayName the display name
 * @param email       the e-mail address
 * @param properties  user properties (tags), key to value
 * @param groups      the names of the groups the user belongs to, lower case
 */
public record UserFacts(String username, String displayName, String email, Map<String, String> properties,
                        Set<String> groups) {

    public UserFacts {
        username = username == null ? "" : username;
        displayName = displayName == null ? "" : displayName;
        email = email == null ? "" : email;
        properties = copyProperties(properties);
        groups = lowerCaseGroups(groups);
    }

    /** The value of property {@code key}, or the empty string when the user has none. */
    public String property(String key) {
        String value = properties.get(key);
        return value == null ? "" : value;
    }

    private static Map<String, String> copyProperties(Map<String, String> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new HashMap<>(properties.size() * 2);
        properties.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Map.copyOf(copy);
    }

    private static Set<String> lowerCaseGroups(Set<String> groups) {
        if (groups == null || groups.isEmpty()) {
            return Set.of();
        }
        Set<String> lower = new HashSet<>(groups.size() * 2);
        for (String group : groups) {
            if (group != null) {
                lower.add(group.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(lower);
    }
}
