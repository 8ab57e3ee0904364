package com.atlassian.crowd.event;

/**
 * Declaration of the root of Crowd's events (class). Only {@code getSource()}.
 * <p>
 * Crowd events are plain value carriers whose published behaviour is exactly "the constructor stores, the getters
 * return"; the plugin's unit tests construct them, so this declaration keeps that trivial field semantics.
 * In Jira the real classes are used; these are never packaged.
 * Unconfirmed for 10.3: whether the real class is abstract, its constructor's visibility, and {@code getTimestamp()}'s
 * return type were not checked; {@code getTimestamp()} is therefore not declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.2.3/com/atlassian/crowd/event/DirectoryEvent.html">DirectoryEvent (Crowd 6.2.3): methods inherited from Event are getSource, getTimestamp</a>
 */
public abstract class Event {

    private final Object source;

    protected Event(Object source) {
        this.source = source;
    }

    public Object getSource() {
        return source;
    }
}
