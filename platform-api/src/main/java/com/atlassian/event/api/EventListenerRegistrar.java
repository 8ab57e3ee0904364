package com.atlassian.event.api;

/**
 * Declaration of atlassian-event's listener registrar (interface), the supertype of {@link EventPublisher} that
 * declares {@code register}, {@code unregister} and {@code unregisterAll}: current implementations document these
 * three as "in interface com.atlassian.event.api.EventListenerRegistrar" and {@code publish} as "in interface
 * com.atlassian.event.api.EventPublisher".
 * Unconfirmed for 10.3: the atlassian-event version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/latest/com/atlassian/crowd/directory/event/MockEventPublisher.html">MockEventPublisher (Crowd, 2024)</a>
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
