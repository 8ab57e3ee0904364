package com.atlassian.jira.event.type;

/**
 * Declaration of Jira's event type ({@code @PublicApi} class) with its {@code static Long} id constants (Jira 7.0.8
 * javadoc lists them as {@code static Long}). They are not compile-time constants, so the plugin reads them with
 * getstatic at runtime and gets Jira's values; the values here (the published ones) only matter in tests.
 * Values 1 (created), 8 (deleted), 9 (moved) are confirmed by the Jira 6.3 source (field recipe fact 20).
 * {@code ISSUE_COMMENT_EDITED_ID} and {@code ISSUE_COMMENT_DELETED_ID} are listed as {@code static Long} by the same
 * 7.0.8 javadoc; their values 14 and 17 are from a public copy of Jira's {@code EventType} source (a 6.x-era copy,
 * which also gives 2 and 6), and 17 matches a Jira 6.1 log of a comment deletion ({@code eventTypeId=17}).
 * Unconfirmed for 10.3: values 2 (updated), 6 (commented), 14 and 17 were not seen in a 10.x source or javadoc.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html">EventType (Jira 7.0.8)</a>
 */
public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;

    private EventType() {
    }
}
