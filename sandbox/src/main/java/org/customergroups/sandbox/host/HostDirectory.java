package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;
import org.customergroups.sandbox.host.ao.HostUserEntity;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Users, groups and memberships of the sandbox host (Jira's user directory). */
public final class HostDirectory {

    private final ActiveObjects ao;

    public HostDirectory(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Usernames are lower case, as Jira stores them (look-ups by the plugin's ports rely on it). */
    public HostUser createUser(HostUser user) {
        if (!user.username().equals(lower(user.username()))) {
            throw new IllegalArgumentException("Sandbox usernames are lower case: " + user.username());
        }
        ao.executeInTransaction(() -> ao.create(HostUserEntity.class,
                new DBParam(HostUserEntity.USERNAME, user.username()),
                new DBParam(HostUserEntity.DISPLAY_NAME, user.displayName()),
                new DBParam(HostUserEntity.EMAIL, user.email()),
                new DBParam(HostUserEntity.JIRA_ADMIN, user.jiraAdmin()),
                new DBParam(HostUserEntity.LICENSED, user.licensed())));
        return user;
    }

    public Optional<HostUser> findUser(String username) {
        if (username == null) {
            return Optional.empty();
        }
        HostUserEntity[] found = ao.find(HostUserEntity.class,
                Query.select().where(HostUserEntity.USERNAME + " = ?", username));
        return found.length == 0 ? Optional.empty() : Optional.of(toRecord(found[0]));
    }

    public List<HostUser> users() {
        return Arrays.stream(ao.find(HostUserEntity.class, Query.select().order(HostUserEntity.USERNAME)))
                .map(HostDirectory::toRecord)
                .toList();
    }

    /** Changes the e-mail address and display name ({@code null} keeps the current value); false for no such user. */
    public boolean updateUser(String username, String email, String displayName) {
        return ao.executeInTransaction(() -> {
            HostUserEntity[] found = ao.find(HostUserEntity.class,
                    Query.select().where(HostUserEntity.USERNAME + " = ?", username));
            if (found.length == 0) {
                return false;
            }
            if (email != null) {
                found[0].setEmail(email);
            }
            if (displayName != null) {
                found[0].setDisplayName(displayName);
            }
            found[0].save();
            return true;
        });
    }

    public int countUsers() {
        return ao.count(HostUserEntity.class, Query.select());
    }

    public void createGroup(String name) {
        ao.executeInTransaction(() -> ao.create(HostGroupEntity.class,
                new DBParam(HostGroupEntity.NAME, name),
                new DBParam(HostGroupEntity.LOWER_NAME, lower(name))));
    }

    public void addMember(String group, String username) {
        ao.executeInTransaction(() -> ao.create(HostMembershipEntity.class,
                new DBParam(HostMembershipEntity.LOWER_GROUP, lower(group)),
                new DBParam(HostMembershipEntity.USERNAME, username)));
    }

    /** Group names compare case-insensitively, as in Jira. */
    public boolean isMember(String username, String group) {
        return ao.count(HostMembershipEntity.class, Query.select()
                .where(HostMembershipEntity.USERNAME + " = ? AND " + HostMembershipEntity.LOWER_GROUP + " = ?",
                        username, lower(group))) > 0;
    }

    /** The names of the groups {@code username} belongs to, as the groups spell them (two queries). */
    public List<String> groupsOf(String username) {
        List<String> lowerNames = Arrays.stream(ao.find(HostMembershipEntity.class, Query.select()
                        .where(HostMembershipEntity.USERNAME + " = ?", username)
                        .order(HostMembershipEntity.LOWER_GROUP)))
                .map(HostMembershipEntity::getLowerGroup)
                .toList();
        if (lowerNames.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(lowerNames.size(), "?"));
        Map<String, String> names = Arrays.stream(ao.find(HostGroupEntity.class, Query.select()
                        .where(HostGroupEntity.LOWER_NAME + " IN (" + marks + ")", lowerNames.toArray())))
                .collect(Collectors.toMap(HostGroupEntity::getLowerName, HostGroupEntity::getName, (a, b) -> a));
        return lowerNames.stream().map(n -> names.getOrDefault(n, n)).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static HostUser toRecord(HostUserEntity e) {
        return new HostUser(e.getUsername(), e.getDisplayName(), e.getEmail(), e.isJiraAdmin(), e.isLicensed());
    }
}
