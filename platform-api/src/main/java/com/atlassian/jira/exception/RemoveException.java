package com.atlassian.jira.exception;

/**
 * Declaration of Jira's {@code RemoveException}, thrown by {@code UserUtil} group-membership methods. Declared as a checked
 * exception (extends {@link Exception}). Constructors pass through (an exception's constructor semantics are its
 * published contract; tests throw it from mocks).
 * Unconfirmed for 10.3: package from usage in public code (jira-api-facts.md §1a, [C13]); the superclass and the
 * constructor set were not seen in any javadoc.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/util/UserUtil.html">UserUtil (Jira 7.x "latest")</a>
 */
public class RemoveException extends Exception {

    private static final long serialVersionUID = 1L;

    public RemoveException() {
        super();
    }

    public RemoveException(String message) {
        super(message);
    }

    public RemoveException(String message, Throwable cause) {
        super(message, cause);
    }

    public RemoveException(Throwable cause) {
        super(cause);
    }
}
