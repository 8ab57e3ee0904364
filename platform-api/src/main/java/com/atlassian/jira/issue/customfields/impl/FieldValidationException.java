package com.atlassian.jira.issue.customfields.impl;

/**
 * Declaration of Jira's custom field validation failure (class extending {@link RuntimeException}, per Jira 6.3
 * source), thrown by {@code getSingularObjectFromString}. The {@code (String)} constructor passes through: an
 * exception's constructor semantics are its published contract, and the plugin's field type throws it.
 * Unconfirmed for 10.3: superclass not re-checked in 10.x javadoc.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html">CustomFieldType (Jira 10.2.0), which throws it</a>
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
