package com.atlassian.event.api;

/**
 * Declaration of atlassian-event's publisher (interface). {@code publish(Object)} is declared here; the
 * registration methods come from {@link EventListenerRegistrar}, as in current atlassian-event.
 * Unconfirmed for 10.3: the atlassian-event version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html">EventPublisher (atlassian-event 2.1.1)</a>
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/latest/com/atlassian/crowd/directory/event/MockEventPublisher.html">MockEventPublisher (Crowd, 2024)</a>
 */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
