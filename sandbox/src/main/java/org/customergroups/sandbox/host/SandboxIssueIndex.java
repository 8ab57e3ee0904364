package org.customergroups.sandbox.host;

import org.customergroups.port.IssueIndex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plugin's {@link IssueIndex} port. The sandbox has no Lucene index (its pages and REST API
 * read the Customer Groups field live, as Jira's permission checks do), so "reindexing" records
 * which issues the plugin asked for: how often each one was reindexed and the ids of the last
 * call. Tests assert through it that every share change reindexes exactly the touched issues.
 * Per node and in memory, as Jira's local index is. The one part of Jira's index the sandbox does keep
 * is the Customer Groups field's terms ({@link RequestIndex}), which the reporter portal's search reads.
 */
public final class SandboxIssueIndex implements IssueIndex {

    private final Map<Long, Integer> counts = new ConcurrentHashMap<>();
    private final RequestIndex requests;
    private volatile List<Long> last = List.of();

    /** Counting only (tests of the share services). */
    public SandboxIssueIndex() {
        this(null);
    }

    /** Counting, and rewriting the issues' Customer Groups rows in {@code requests} (null: none). */
    public SandboxIssueIndex(RequestIndex requests) {
        this.requests = requests;
    }

    @Override
    public void reindex(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(issueIds);
        if (requests != null) {
            requests.reindex(ids);
        }
        for (Long id : ids) {
            counts.merge(id, 1, Integer::sum);
        }
        last = ids;
    }

    /** How many times the issue was reindexed since the sandbox started. */
    public int timesReindexed(long issueId) {
        return counts.getOrDefault(issueId, 0);
    }

    /** The ids of the most recent reindex call, in the order given. */
    public List<Long> lastReindexed() {
        return last;
    }
}
