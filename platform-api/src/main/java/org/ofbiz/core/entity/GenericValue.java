package org.ofbiz.core.entity;

import java.util.List;

/**
 * Declaration of the entity engine's generic value (class extending {@link GenericEntity}): an issue event's change
 * log (a ChangeGroup row) gives its change items with {@code getRelated("ChildChangeItem")}; each item has the
 * fields {@code field}, {@code fieldtype}, {@code oldstring}, {@code newstring}. Behaviour-free: tests mock it.
 * Unconfirmed for 10.3: {@code List<GenericValue> getRelated(String)} per Jira's {@code MockGenericValue} ("jira/server"
 * javadoc, which overrides it with that return type) and Jira plugin code; the relation name and the field names per
 * that plugin code; the {@code throws GenericEntityException} clause per plugin code.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/ofbiz/MockGenericValue.html">MockGenericValue (Jira "server" javadoc)</a>
 */
public class GenericValue extends GenericEntity {

    protected GenericValue() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public List<GenericValue> getRelated(String relationName) throws GenericEntityException {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
