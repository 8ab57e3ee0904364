package org.customergroups.port;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;

import java.util.Optional;

/** The host's users and groups (in Jira: the user directory and its groups). */
public interface Directory {

    Optional<UserSummary> userByName(String username);

    Optional<UserSummary> userByKey(String userKey);

    /** Active users whose username, display name or e-mail contains {@code query}; {@code type} null = any. */
    Page<UserSummary> findUsers(String query, AccountType type, PageRequest page);

    /** The group's name as the host spells it, looked up ignoring case; empty when there is no such group. */
    Optional<String> groupName(String name);

    /** Host groups whose name contains {@code query} (ignoring case), ordered by name. */
    Page<String> findGroups(String query, PageRequest page);

    void createGroup(String name);

    void deleteGroup(String name);

    /** Direct members whose username, display name or e-mail contains {@code query}, ordered by username. */
    Page<UserSummary> members(String groupName, String query, PageRequest page);

    int memberCount(String groupName);

    boolean isMember(String groupName, String username);

    /** Adds the user; false when they were already a member. */
    boolean addMember(String groupName, String username);

    /** Removes the user; false when they were not a member. */
    boolean removeMember(String groupName, String username);

    /** Gives a reporter account standard (licensed) access, e.g. by the default application group. */
    void grantStandardAccess(String username);
}
