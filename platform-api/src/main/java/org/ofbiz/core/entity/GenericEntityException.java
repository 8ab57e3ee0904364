package org.ofbiz.core.entity;

/**
 * Declaration of the entity engine's checked exception (in Jira's entity engine it extends
 * {@code org.ofbiz.core.util.GeneralException}, an {@link Exception}; flattened here). Only named in
 * {@link GenericValue#getRelated}'s throws clause; the plugin never catches it by type. Constructors pass through.
 * Unconfirmed for 10.3: the superclass and constructor set were not checked in any javadoc.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/ofbiz/MockGenericValue.html">MockGenericValue (Jira "server" javadoc)</a>
 */
public class GenericEntityException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenericEntityException() {
        super();
    }

    public GenericEntityException(String message) {
        super(message);
    }

    public GenericEntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
