package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.index.IssueIndexingService;
import org.customergroups.port.IssueIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jira's issue index: the Customer Groups field's documents (JQL, filters, boards, and the search side of "Group
 * custom field value" grants) are rewritten after every share change. One {@code IssueIndexingService.reIndex(Issue)}
 * per issue, so that one failing issue does not stop the others; Data Center replicates each to the other nodes.
 * Issues that no longer exist are skipped. Nothing is thrown: the shares are already committed, and a stale
 * document is fixed by the next reindex (or a full one), so a failure is logged with the issue id.
 */
public class JiraIssueIndex implements IssueIndex {

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueIndex.class);

    private final IssueManager issueManager;
    private final IssueIndexingService indexing;

    public JiraIssueIndex(IssueManager issueManager, IssueIndexingService indexing) {
        this.issueManager = issueManager;
        this.indexing = indexing;
    }

    @Override
    public void reindex(Collection<Long> issueIds) {
        if (issueIds == null || issueIds.isEmpty()) {
            return;
        }
        Set<Long> distinct = new LinkedHashSet<>(issueIds);
        distinct.remove(null);
        int failed = 0;
        for (Long id : distinct) {
            if (!reindexOne(id)) {
                failed++;
            }
        }
        if (failed > 0) {
            LOG.warn("Customer Groups: {} of {} issues could not be reindexed; their Customer Groups field is stale "
                    + "in search until the next reindex", failed, distinct.size());
        }
    }

    /** False when Jira failed; a missing issue is not a failure. */
    private boolean reindexOne(long issueId) {
        try {
            Issue issue = issueManager.getIssueObject(issueId);
            if (issue == null) {
                LOG.debug("Customer Groups: issue {} no longer exists, not reindexed", issueId);
                return true;
            }
            indexing.reIndex(issue);
            return true;
        } catch (Exception | LinkageError e) {
            // LinkageError too: a changed Jira API must not turn already committed shares into an error answer.
            LOG.error("Customer Groups: reindexing issue {} failed", issueId, e);
            return false;
        }
    }
}
