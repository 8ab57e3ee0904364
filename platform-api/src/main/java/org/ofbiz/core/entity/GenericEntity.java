package org.ofbiz.core.entity;

/**
 * Declaration of the entity engine's generic entity (class; in Jira's entity engine it extends
 * {@code java.util.Observable} and implements {@code Map<String,Object>}, not declared here, which links the same
 * way): {@code String getString(String)} reads a field. Behaviour-free: tests mock it.
 * Unconfirmed for 10.3: {@code getString} on change items per Jira plugin code in public repositories
 * ({@code changeItem.getString("field")}) and the upstream OFBiz javadoc; Jira's own entity-engine javadoc was not
 * found.
 *
 * @see <a href="https://docs.huihoo.com/javadoc/opentaps/1.4.0/framework/org/ofbiz/entity/GenericEntity.html">GenericEntity (upstream OFBiz, opentaps 1.4.0)</a>
 */
public class GenericEntity {

    protected GenericEntity() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getString(String name) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
