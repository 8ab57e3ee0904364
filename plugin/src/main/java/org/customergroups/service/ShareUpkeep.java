package org.customergroups.service;

import java.util.List;

import org.customergroups.port.IssueIndex;
import org.customergroups.port.Issues;
import org.customergroups.port.ShareStore;

/**
 * Keeps shares in step with their issues: a share copies its issue's project and reporter (so that the cascade
 * "reporter left the group" is one indexed delete), and goes with the issue. Called from host issue events.
 */
public final class ShareUpkeep {

    private final ShareStore shares;
    private final Issues issues;
    private final IssueIndex index;

    public ShareUpkeep(ShareStore shares, Issues issues, IssueIndex index) {
        this.shares = shares;
        this.issues = issues;
        this.index = index;
    }

    /**
     * The issue was updated or moved: its shares take its current project and reporter. Like every other change
     * of share rows, one that changed anything reindexes the issue. An issue that no longer exists is ignored
     * (its deleted event removes the shares).
     */
    public void onIssueUpdated(long issueId) {
        issues.byId(issueId).ifPresent(issue -> {
            if (shares.updateIssue(issue.id(), issue.projectId(), issue.reporterKey()) > 0) {
                index.reindex(List.of(issue.id()));
            }
        });
    }

    /** The issue was deleted: its shares go too (nothing to reindex: the host removed the issue's document). */
    public void onIssueDeleted(long issueId) {
        shares.removeIssue(issueId);
    }
}
