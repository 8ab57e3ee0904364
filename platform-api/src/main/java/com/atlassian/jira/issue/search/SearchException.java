package com.atlassian.jira.issue.search;

/**
 * Declaration of Jira's search exception (checked; declared as extending Exception - in Jira via JiraException,
 * flattened). Never caught by type: JiraCalls translates any exception. Unconfirmed: superclass and constructors.
 */
public class SearchException extends Exception {

    public SearchException(String message) {
        super(message);
    }
}
