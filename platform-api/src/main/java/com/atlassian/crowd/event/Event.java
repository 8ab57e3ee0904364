package com.atlassian.crowd.event;

/**
 * Declaration of the root of Crowd's events (class). Only {@code getSource()}.
 * <p>
 * No behaviour: unit tests mock Crowd events with Mockito.
 * In Jira the real classes are used; these are never packaged.
 * Unconfirmed for 10.3: whether the real class is abstract, its constructor's visibility, and {@code getTimestamp()}'s
 * return type were not checked; {@code getTimestamp()} is therefore not declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.2.3/com/atlassian/crowd/event/DirectoryEvent.html">DirectoryEvent (Crowd 6.2.3): methods inherited from Event are getSource, getTimestamp</a>
 */
public abstract class Event {

    protected Event(Object source) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Object getSource() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
