package org.customergroups.port;

import java.util.Collection;

/** The host's search index. Shares live in the plugin's store, so Jira must be told when they change. */
public interface IssueIndex {

    /**
     * Reindexes the issues whose shares changed. Called after the store's transaction committed;
     * issues that no longer exist are skipped. Never throws for one bad issue.
     */
    void reindex(Collection<Long> issueIds);
}
