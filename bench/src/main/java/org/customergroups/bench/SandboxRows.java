package org.customergroups.bench;

import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;
import org.customergroups.sandbox.host.ao.HostUserEntity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of the sandbox's host tables (users, groups, memberships) for seeding benchmarks with
 * {@link GroupListBenchmark#createInBatches}, in the form {@code SandboxDirectory} reads them: group
 * and membership keys in lower case, usernames as given.
 */
final class SandboxRows {

    private SandboxRows() {
    }

    /** A reporter account (unlicensed, not a Jira administrator). */
    static Map<String, Object> user(String username, String displayName, String email) {
        Map<String, Object> row = new HashMap<>();
        row.put(HostUserEntity.USERNAME, username);
        row.put(HostUserEntity.DISPLAY_NAME, displayName);
        row.put(HostUserEntity.EMAIL, email);
        row.put(HostUserEntity.JIRA_ADMIN, false);
        row.put(HostUserEntity.LICENSED, false);
        return row;
    }

    static Map<String, Object> group(String name) {
        Map<String, Object> row = new HashMap<>();
        row.put(HostGroupEntity.NAME, name);
        row.put(HostGroupEntity.LOWER_NAME, lower(name));
        return row;
    }

    static Map<String, Object> membership(String groupName, String username) {
        Map<String, Object> row = new HashMap<>();
        row.put(HostMembershipEntity.LOWER_GROUP, lower(groupName));
        row.put(HostMembershipEntity.USERNAME, username);
        return row;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
