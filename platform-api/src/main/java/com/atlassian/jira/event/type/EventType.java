package com.atlassian.jira.event.type;

/**
 * Declaration of Jira's event type ({@code @PublicApi} class) with its {@code static Long} id constants (Jira 7.0.8
 * javadoc lists them as {@code static Long}). They are not compile-time constants, so the plugin reads them with
 * getstatic at runtime and gets Jira's values; the values here (the published ones) only matter in tests.
 * Values 1 (created), 8 (deleted), 9 (moved) are confirmed by the Jira 6.3 source (field recipe fact 20).
 * Unconfirmed for 10.3: values 2 (updated) and 6 (commented) were not seen in a source or javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html">EventType (Jira 7.0.8)</a>
 */
public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {
    }
}
