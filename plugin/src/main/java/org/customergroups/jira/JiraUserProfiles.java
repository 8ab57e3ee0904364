package org.customergroups.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.UserPropertyManager;
import com.atlassian.jira.user.util.UserManager;
import com.opensymphony.module.propertyset.PropertySet;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.rule.UserFacts;
import org.customergroups.port.UserProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Jira's users with the facts membership rules read.
 * <ul>
 *   <li>E-mail and display name from the {@link ApplicationUser}; the summary (with the account type) from
 *       {@link JiraDirectory#summary(ApplicationRoleManager, ApplicationUser)}.</li>
 *   <li>Properties: the {@value #META_PREFIX}{@code *} string entries of the user's property set
 *       ({@link UserPropertyManager}; what Jira administrators edit as "User Properties"), without the prefix.</li>
 *   <li>Groups: {@link GroupManager#getGroupNamesForUser} (nested memberships included, as Jira resolves them).</li>
 * </ul>
 * <p>Paging: Jira has no keyset search over all users, so each {@link #page} walks Jira's user list
 * ({@link UserManager#getAllApplicationUsers()}, served from Jira's user cache) once and keeps only the
 * {@code limit} smallest usernames after the cursor in a bounded heap; only those are turned into profiles (property
 * set and group look-ups). The plugin therefore holds at most one page of profiles; a full pass costs one walk of
 * the user list per page (100,000 users: 200 walks of cached objects, no database query per skipped user).
 */
public class JiraUserProfiles implements UserProfiles {

    /** Jira's prefix of administrator-editable user properties in the user's property set. */
    static final String META_PREFIX = "jira.meta.";
    static final int MAX_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(JiraUserProfiles.class);
    private static final Comparator<ApplicationUser> BY_LOWER_NAME = Comparator.comparing(JiraUserProfiles::lowerName);

    private final UserManager userManager;
    private final GroupManager groupManager;
    private final UserPropertyManager userPropertyManager;
    private final ApplicationRoleManager applicationRoleManager;

    public JiraUserProfiles(UserManager userManager, GroupManager groupManager, UserPropertyManager userPropertyManager,
                            ApplicationRoleManager applicationRoleManager) {
        this.userManager = userManager;
        this.groupManager = groupManager;
        this.userPropertyManager = userPropertyManager;
        this.applicationRoleManager = applicationRoleManager;
    }

    @Override
    public List<UserProfile> page(String afterUsername, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        String after = afterUsername == null ? null : afterUsername.toLowerCase(Locale.ROOT);
        Collection<ApplicationUser> all = JiraCalls.call("list users", userManager::getAllApplicationUsers);
        // Max-heap of the smallest names seen: the head is the largest kept, replaced by anything smaller.
        PriorityQueue<ApplicationUser> smallest = new PriorityQueue<>(limit + 1, BY_LOWER_NAME.reversed());
        for (ApplicationUser user : all == null ? List.<ApplicationUser>of() : all) {
            if (user == null || user.getUsername() == null || !user.isActive()) {
                continue;
            }
            String name = lowerName(user);
            if (after != null && name.compareTo(after) <= 0) {
                continue;
            }
            if (smallest.size() < limit) {
                smallest.add(user);
            } else if (name.compareTo(lowerName(smallest.peek())) < 0) {
                smallest.poll();
                smallest.add(user);
            }
        }
        List<ApplicationUser> ordered = new ArrayList<>(smallest);
        ordered.sort(BY_LOWER_NAME);
        List<UserProfile> profiles = new ArrayList<>(ordered.size());
        for (ApplicationUser user : ordered) {
            profiles.add(profile(user));
        }
        return profiles;
    }

    @Override
    public Optional<UserProfile> byName(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser user = JiraCalls.call("look up a user", () -> userManager.getUserByName(username));
        return Optional.ofNullable(user).map(this::profile);
    }

    @Override
    public void setProperty(String username, String key, String value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("property key is blank");
        }
        ApplicationUser user = username == null || username.isBlank() ? null
                : JiraCalls.call("look up a user", () -> userManager.getUserByName(username));
        if (user == null) {
            throw DomainException.notFound(JiraDirectory.USER_NOT_FOUND, String.valueOf(username));
        }
        String stored = META_PREFIX + key;
        JiraCalls.run("store a user property", () -> {
            PropertySet properties = userPropertyManager.getPropertySet(user);
            if (value != null) {
                properties.setString(stored, value);
            } else if (properties.exists(stored)) {
                properties.remove(stored);
            }
        });
    }

    private UserProfile profile(ApplicationUser user) {
        UserSummary summary = JiraDirectory.summary(applicationRoleManager, user);
        Collection<String> groups = JiraCalls.call("list a user's groups", () -> groupManager.getGroupNamesForUser(user));
        UserFacts facts = new UserFacts(user.getUsername(), user.getDisplayName(), user.getEmailAddress(),
                properties(user), groups == null ? null : new LinkedHashSet<>(groups));
        return new UserProfile(summary, facts);
    }

    /** The user's {@code jira.meta.*} string properties without the prefix; one unreadable entry is skipped. */
    private Map<String, String> properties(ApplicationUser user) {
        PropertySet set = JiraCalls.call("read user properties", () -> userPropertyManager.getPropertySet(user));
        Collection<?> keys = set == null ? null
                : JiraCalls.call("list user properties", () -> set.getKeys(META_PREFIX, PropertySet.STRING));
        if (keys == null || keys.isEmpty()) {
            return Map.of();
        }
        Map<String, String> properties = new HashMap<>();
        for (Object key : keys) {
            if (key instanceof String k && k.startsWith(META_PREFIX)) {
                try {
                    String value = set.getString(k);
                    if (value != null) {
                        properties.put(k.substring(META_PREFIX.length()), value);
                    }
                } catch (RuntimeException e) {
                    // A property of another type under the prefix: not a rule fact; the rest still counts.
                    LOG.debug("Customer Groups: skipped user property {} of {}", k, user.getUsername(), e);
                }
            }
        }
        return properties;
    }

    private static String lowerName(ApplicationUser user) {
        return user.getUsername().toLowerCase(Locale.ROOT);
    }
}
