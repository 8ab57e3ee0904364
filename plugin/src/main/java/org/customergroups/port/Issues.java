package org.customergroups.port;

import java.util.Optional;

import org.customergroups.domain.IssueRef;

/** The host's issues, read without permission checks (callers check first). */
public interface Issues {

    /** By current key, ignoring case as Jira does; empty when there is no such issue. */
    Optional<IssueRef> byKey(String key);

    Optional<IssueRef> byId(long id);

    /** The issue's summary; empty when there is no such issue. */
    Optional<String> summaryOf(long id);
}
