package com.atlassian.jira.scheme;

/**
 * Declaration of Jira's scheme (class; in Jira it implements NamedWithDescription and NamedWithId, not declared
 * here, which links the same way). Only {@code Long getId()} and {@code String getName()}, both in the javadoc
 * method list. Behaviour-free: tests mock it.
 * Unconfirmed for 10.3: the page read is the "jira/server" javadoc (7.x era); no 10.x page.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/scheme/Scheme.html">Scheme (Jira "server" javadoc)</a>
 */
public class Scheme {

    /** The published public no-argument constructor; it has no behaviour here. */
    public Scheme() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Long getId() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getName() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
