package org.customergroups.service;

import java.util.List;

import org.customergroups.port.Directory;
import org.customergroups.port.ShareStore;

/**
 * The read side of sharing that access decisions use: the Customer Groups field value of an issue,
 * and whether a user reaches the issue through one of its shared groups. No permission check here:
 * the host calls this while it decides permissions. No cache either: a stale cache on another
 * cluster node would keep granting access after an unshare; one indexed query per decision is the
 * price (measured in bench/, ShareAccessBenchmark).
 */
public final class ShareAccess {

    private final ShareStore shares;
    private final Directory directory;

    public ShareAccess(ShareStore shares, Directory directory) {
        this.shares = shares;
        this.directory = directory;
    }

    /** The Customer Groups field value: names of the groups the issue is shared with, ordered by name. */
    public List<String> sharedGroupNames(long issueId) {
        return shares.groupNamesOf(issueId);
    }

    /** True when the user is a member of a group the issue is shared with (the reporter rule is the host's). */
    public boolean reachesThroughShare(String username, long issueId) {
        if (username == null) {
            return false;
        }
        for (String group : shares.groupNamesOf(issueId)) {
            if (directory.isMember(group, username)) {
                return true;
            }
        }
        return false;
    }
}
