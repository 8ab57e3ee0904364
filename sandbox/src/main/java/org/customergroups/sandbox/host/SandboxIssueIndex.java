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
 * Per node and in memory, as Jira's local index is.
 */
public final class SandboxIssueIndex implements IssueIndex {

    private final Map<Long, Integer> counts = new ConcurrentHashMap<>();
    private volatile List<Long> last = List.of();

    @Override
    public void reindex(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(issueIds);
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
