package org.customergroups.service.fakes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.customergroups.domain.IssueRef;
import org.customergroups.port.Issues;

/** Stands in for Jira's issues: keys are found ignoring case, as Jira does. Safe to read from several threads. */
public final class FakeIssues implements Issues {

    private final Map<Long, IssueRef> byId = new ConcurrentHashMap<>();

    /** Adds or replaces (a move, a new reporter) the issue with this id. */
    public IssueRef put(IssueRef issue) {
        byId.put(issue.id(), issue);
        return issue;
    }

    public void remove(long issueId) {
        byId.remove(issueId);
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        String k = key.toUpperCase(Locale.ROOT);
        return byId.values().stream().filter(i -> i.key().toUpperCase(Locale.ROOT).equals(k)).findFirst();
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** "Summary of KEY" for every known issue. */
    @Override
    public Optional<String> summaryOf(long id) {
        return byId(id).map(i -> "Summary of " + i.key());
    }
}
