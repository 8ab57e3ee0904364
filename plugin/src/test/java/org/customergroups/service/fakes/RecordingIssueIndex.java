package org.customergroups.service.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.customergroups.port.IssueIndex;

/** Stands in for Jira's search index: records every reindex call, in order. Safe to call from several threads. */
public final class RecordingIssueIndex implements IssueIndex {

    private final List<List<Long>> calls = new ArrayList<>();

    @Override
    public synchronized void reindex(Collection<Long> issueIds) {
        calls.add(List.copyOf(issueIds));
    }

    /** Each call's issue ids, in call order. */
    public synchronized List<List<Long>> calls() {
        return List.copyOf(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }
}
