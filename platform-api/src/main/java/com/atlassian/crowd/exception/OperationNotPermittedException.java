package com.atlassian.crowd.exception;

/**
 * Declaration of Crowd's {@code OperationNotPermittedException}, declared as a checked exception extending {@link CrowdException}, only because
 * GroupManager's throws clauses name it (throws clauses do not affect linkage, but the plugin must catch it).
 * Constructor {@code (String message)} passes through.
 * Unconfirmed for 10.3: superclass and constructors not seen in javadoc (class name and package per the GroupManager
 * throws clauses in 6.x source, jira-api-facts.md §1a).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.1.0/com/atlassian/crowd/exception/GroupNotFoundException.html">Crowd 7.1.0 exception package (GroupNotFoundException page)</a>
 */
public class OperationNotPermittedException extends CrowdException {

    private static final long serialVersionUID = 1L;

    public OperationNotPermittedException(String message) {
        super(message);
    }
}
