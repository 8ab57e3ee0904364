package org.customergroups.jira;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.user.util.UserUtil;
import org.customergroups.domain.AccountType;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Jira's users and groups.
 *
 * <p>Costs, since Jira does not page everything:
 * <ul>
 *   <li>{@link #findUsers}: Jira's user-picker search ({@link UserSearchService}), asked for at most
 *       {@value #SEARCH_CAP} active users. Totals are exact up to that many matches; a query that matches more
 *       reports {@value #SEARCH_CAP} and only those can be paged through (narrow the query). Jira matches the start of
 *       the username, of each word of the display name and of the e-mail address (its user-picker rules), not any
 *       substring. With a {@code type}, each candidate's application access is checked (Jira caches roles).</li>
 *   <li>{@link #findGroups}: Jira's group-picker search returns every group (Jira keeps them in memory); the plugin
 *       filters by substring, sorts and pages them. Bounded by the number of groups.</li>
 *   <li>{@link #members} and {@link #memberCount}: {@code GroupManager.getDirectUsersInGroup} returns the whole
 *       direct membership (from Jira's membership cache); it is filtered, sorted and paged here. Bounded by the size
 *       of the group; only the requested page is mapped.</li>
 * </ul>
 *
 * <p>Group deletion goes through Embedded Crowd ({@code CrowdService.removeGroup}), since Jira's GroupManager has no
 * delete. Unlike Jira's "Delete group" page it does not move comment and worklog visibility to another group.
 */
public class JiraDirectory implements Directory {

    /** The most users one user search looks at. */
    static final int SEARCH_CAP = 1000;

    static final String USER_NOT_FOUND = "cg.error.jira.user.not.found";
    static final String GROUP_NOT_FOUND = "cg.error.jira.group.not.found";
    static final String NO_DEFAULT_GROUP = "cg.error.jira.no.default.group";

    private static final Comparator<String> BY_NAME =
            Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    private final UserManager userManager;
    private final UserSearchService userSearchService;
    private final GroupManager groupManager;
    private final GroupPickerSearchService groupPickerSearchService;
    private final UserUtil userUtil;
    private final CrowdService crowdService;
    private final ApplicationRoleManager applicationRoleManager;

    public JiraDirectory(UserManager userManager, UserSearchService userSearchService, GroupManager groupManager,
                         GroupPickerSearchService groupPickerSearchService, UserUtil userUtil,
                         CrowdService crowdService, ApplicationRoleManager applicationRoleManager) {
        this.userManager = userManager;
        this.userSearchService = userSearchService;
        this.groupManager = groupManager;
        this.groupPickerSearchService = groupPickerSearchService;
        this.userUtil = userUtil;
        this.crowdService = crowdService;
        this.applicationRoleManager = applicationRoleManager;
    }

    // ---------------------------------------------------------------------------------------------
    // users

    @Override
    public Optional<UserSummary> userByName(String username) {
        return blank(username) ? Optional.empty() : Optional.ofNullable(user(username)).map(this::summary);
    }

    @Override
    public Optional<UserSummary> userByKey(String userKey) {
        if (blank(userKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(JiraCalls.call("look up a user by key", () -> userManager.getUserByKey(userKey)))
                .map(this::summary);
    }

    @Override
    public Page<UserSummary> findUsers(String query, AccountType type, PageRequest page) {
        String q = query == null ? "" : query.trim();
        List<ApplicationUser> found = JiraCalls.call("search users",
                () -> userSearchService.findUsers(q, searchParams(SEARCH_CAP)));
        Stream<ApplicationUser> candidates = found == null ? Stream.empty()
                : found.stream().filter(Objects::nonNull).filter(ApplicationUser::isActive).limit(SEARCH_CAP);
        if (type == null) {
            return page(candidates.toList(), page).map(this::summary);
        }
        List<UserSummary> ofType = candidates.map(this::summary).filter(u -> u.type() == type).toList();
        return page(ofType, page);
    }

    /**
     * Jira's user-search parameters: active users only, empty query allowed (= everyone), e-mail matched, sorted,
     * at most {@code maxResults}. A seam for unit tests, where the platform-api declarations cannot build them.
     */
    UserSearchParams searchParams(int maxResults) {
        return UserSearchParams.builder()
                .allowEmptyQuery(true)
                .includeActive(true)
                .includeInactive(false)
                .canMatchEmail(true)
                .sorted(true)
                .maxResults(maxResults)
                .build();
    }

    @Override
    public void grantStandardAccess(String username) {
        ApplicationUser user = requireUser(username);
        Set<Group> defaults = new LinkedHashSet<>();
        JiraCalls.run("read the default application groups", () -> {
            Set<ApplicationKey> keys = applicationRoleManager.getDefaultApplicationKeys();
            for (ApplicationKey key : keys == null ? Set.<ApplicationKey>of() : keys) {
                Set<Group> groups = applicationRoleManager.getDefaultGroups(key);
                if (groups != null) {
                    groups.stream().filter(Objects::nonNull).forEach(defaults::add);
                }
            }
        });
        if (defaults.isEmpty()) {
            throw DomainException.conflict(NO_DEFAULT_GROUP);
        }
        for (Group group : defaults) {
            if (!JiraCalls.call("check a membership", () -> groupManager.isUserInGroup(user, group))) {
                JiraCalls.run("add a user to a default application group", () -> userUtil.addUserToGroup(group, user));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // groups

    @Override
    public Optional<String> groupName(String name) {
        return blank(name) ? Optional.empty() : Optional.ofNullable(group(name)).map(Group::getName);
    }

    @Override
    public Page<String> findGroups(String query, PageRequest page) {
        Predicate<String> matches = containsIgnoringCase(query);
        List<Group> all = JiraCalls.call("list groups", () -> groupPickerSearchService.findGroups(""));
        List<String> names = all == null ? List.of() : all.stream()
                .filter(Objects::nonNull).map(Group::getName).filter(Objects::nonNull)
                .filter(matches).sorted(BY_NAME).toList();
        return page(names, page);
    }

    @Override
    public void createGroup(String name) {
        JiraCalls.run("create a group", () -> groupManager.createGroup(name));
    }

    @Override
    public void deleteGroup(String name) {
        Group group = group(name);
        if (group != null) {
            JiraCalls.run("delete a group", () -> crowdService.removeGroup(group));
        }
    }

    @Override
    public Page<UserSummary> members(String groupName, String query, PageRequest page) {
        Group group = requireGroup(groupName);
        Predicate<String> matches = containsIgnoringCase(query);
        List<ApplicationUser> selected = directMembers(group).stream()
                .filter(u -> matches.test(u.getUsername()) || matches.test(u.getDisplayName())
                        || matches.test(u.getEmailAddress()))
                .sorted(Comparator.comparing(ApplicationUser::getUsername, Comparator.nullsLast(BY_NAME)))
                .toList();
        return page(selected, page).map(this::summary);
    }

    @Override
    public int memberCount(String groupName) {
        Group group = blank(groupName) ? null : group(groupName);
        return group == null ? 0 : directMembers(group).size();
    }

    @Override
    public boolean isMember(String groupName, String username) {
        if (blank(groupName) || blank(username)) {
            return false;
        }
        ApplicationUser user = user(username);
        Group group = user == null ? null : group(groupName);
        return group != null && JiraCalls.call("check a membership", () -> groupManager.isUserInGroup(user, group));
    }

    @Override
    public boolean addMember(String groupName, String username) {
        ApplicationUser user = requireUser(username);
        Group group = requireGroup(groupName);
        if (JiraCalls.call("check a membership", () -> groupManager.isUserInGroup(user, group))) {
            return false;
        }
        JiraCalls.run("add a user to a group", () -> userUtil.addUserToGroup(group, user));
        return true;
    }

    @Override
    public boolean removeMember(String groupName, String username) {
        ApplicationUser user = requireUser(username);
        Group group = requireGroup(groupName);
        if (!JiraCalls.call("check a membership", () -> groupManager.isUserInGroup(user, group))) {
            return false;
        }
        JiraCalls.run("remove a user from a group", () -> userUtil.removeUserFromGroup(group, user));
        return true;
    }

    // ---------------------------------------------------------------------------------------------

    private UserSummary summary(ApplicationUser user) {
        return summary(applicationRoleManager, user);
    }

    /** A Jira user as the plugin sees one: any application role = STANDARD, none = REPORTER (JiraUserProfiles too). */
    static UserSummary summary(ApplicationRoleManager applicationRoleManager, ApplicationUser user) {
        boolean standard = JiraCalls.call("read application access", () -> applicationRoleManager.hasAnyRole(user));
        return new UserSummary(user.getKey(), user.getUsername(), user.getDisplayName(), user.getEmailAddress(),
                standard ? AccountType.STANDARD : AccountType.REPORTER);
    }

    private ApplicationUser user(String username) {
        return JiraCalls.call("look up a user", () -> userManager.getUserByName(username));
    }

    private ApplicationUser requireUser(String username) {
        ApplicationUser user = blank(username) ? null : user(username);
        if (user == null) {
            throw DomainException.notFound(USER_NOT_FOUND, String.valueOf(username));
        }
        return user;
    }

    private Group group(String name) {
        return JiraCalls.call("look up a group", () -> groupManager.getGroup(name));
    }

    private Group requireGroup(String name) {
        Group group = blank(name) ? null : group(name);
        if (group == null) {
            throw DomainException.notFound(GROUP_NOT_FOUND, String.valueOf(name));
        }
        return group;
    }

    private List<ApplicationUser> directMembers(Group group) {
        Collection<ApplicationUser> members = JiraCalls.call("list group members",
                () -> groupManager.getDirectUsersInGroup(group));
        return members == null ? List.of() : members.stream().filter(Objects::nonNull).toList();
    }

    /** The page's slice of a list that is already filtered and ordered. */
    static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(page.start(), all.size());
        int to = (int) Math.min((long) from + page.limit(), all.size());
        return Page.of(page, all.size(), all.subList(from, to));
    }

    private static Predicate<String> containsIgnoringCase(String query) {
        if (blank(query)) {
            return s -> true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        return s -> s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
