package com.atlassian.jira.issue;

/**
 * Declaration of Jira's issue manager ({@code @PublicApi} interface). Note the return type {@link MutableIssue}
 * (part of the JVM descriptor). None of these check permissions. Only the two getters the plugin calls
 * ({@code updateIssue} is deliberately not declared).
 * Unconfirmed for 10.3: checked via a mock of the Jira-7 interface and the 7.0.6 javadoc (reference); no 10.x page read.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html">IssueManager (Jira 7.0.6, per reference)</a>
 */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueByCurrentKey(String key);
}
