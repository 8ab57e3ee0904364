package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;

/**
 * Declaration of Jira's issue indexing service ({@code @PublicApi} interface). Only {@code reIndex(Issue)}; call it
 * after the Active Objects transaction commits. Data Center replicates index operations to other nodes.
 * Unconfirmed for 10.3: {@code throws IndexException} is per usage and the field recipe (open risk 10) - not seen in
 * javadoc; throws clauses do not affect linkage, so catching it is harmless either way.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/index/IssueIndexingService.html">IssueIndexingService (Jira 7.x "latest", per field recipe)</a>
 */
public interface IssueIndexingService {

    void reIndex(Issue issue) throws IndexException;
}
