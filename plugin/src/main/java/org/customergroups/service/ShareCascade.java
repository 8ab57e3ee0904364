package org.customergroups.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.ShareStore;

/**
 * Shares that end because of something outside the issue: reporters leaving a customer group, and the customer
 * group being deleted. One set-based store call each (never a scan of issues), then a reindex of exactly the
 * issues that lost a share. Called from host events and from {@link GroupService}; no permission check here.
 */
public final class ShareCascade {

    private final ShareStore shares;
    private final CustomerGroupStore groups;
    private final Directory directory;
    private final IssueIndex index;

    public ShareCascade(ShareStore shares, CustomerGroupStore groups, Directory directory, IssueIndex index) {
        this.shares = shares;
        this.groups = groups;
        this.directory = directory;
        this.index = index;
    }

    /**
     * Users left a host group: the group is removed from every issue these users reported; issues of other
     * reporters keep it. Nothing happens unless the group is a customer group. Usernames the directory does not
     * know (any more) are skipped. Returns the number of issues that lost the share.
     */
    public int onMembershipsEnded(String groupName, Collection<String> usernames, String actorKey) {
        if (groupName == null || usernames == null || usernames.isEmpty()) {
            return 0;
        }
        Optional<CustomerGroup> group = groups.findByName(groupName);
        if (group.isEmpty()) {
            return 0;
        }
        Set<String> reporterKeys = new LinkedHashSet<>();
        for (String username : usernames) {
            if (username != null && !username.isBlank()) {
                directory.userByName(username).map(UserSummary::key).ifPresent(reporterKeys::add);
            }
        }
        if (reporterKeys.isEmpty()) {
            return 0;
        }
        return reindexed(shares.removeForReporters(group.get().id(), reporterKeys));
    }

    /** The customer group is being deleted: all its shares go. Returns the number of issues touched. */
    public int onGroupDeleted(long groupId, String actorKey) {
        return reindexed(shares.removeGroup(groupId));
    }

    private int reindexed(List<Long> issueIds) {
        if (!issueIds.isEmpty()) {
            index.reindex(issueIds);
        }
        return issueIds.size();
    }
}
