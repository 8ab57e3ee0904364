package com.atlassian.jira.issue.index;

/**
 * Declaration of Jira's indexing failure, declared as a checked exception (extends {@link Exception}) as the brief
 * requires. Constructors pass through (an exception's constructor semantics are its published contract).
 * Unconfirmed for 10.3: package, superclass and constructors were not seen in any javadoc or source read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/index/IssueIndexingService.html">IssueIndexingService (Jira 7.x "latest")</a>
 */
public class IndexException extends Exception {

    private static final long serialVersionUID = 1L;

    public IndexException() {
        super();
    }

    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(Throwable cause) {
        super(cause);
    }
}
