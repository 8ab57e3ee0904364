package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of atlassian-event's listener-method marker (annotation). The EventPublisher javadoc: events are
 * dispatched to "listeners which have a public method annotated with EventListener and one argument which is
 * assignable from the event type". Read reflectively at runtime, hence RUNTIME retention.
 * Unconfirmed for 10.3: the exact {@code @Target} was not seen; METHOD is what the dispatch contract needs.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html">EventPublisher (atlassian-event 2.1.1)</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
