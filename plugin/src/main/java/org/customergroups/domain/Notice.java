package org.customergroups.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One ticket event as a mail tells it. {@code actorName} is the display name of who did it (null = the system).
 * Only the fields of the kind are set: {@code comment} (COMMENTED, a public comment's text; STATUS_CHANGED, the public comment made with the transition, if any),
 * {@code fromStatus}/{@code toStatus} (STATUS_CHANGED), {@code groupName} (SHARED); the others are null.
 */
public record Notice(NoticeKind kind, long issueId, String issueKey, String summary, String actorName,
                     String comment, String fromStatus, String toStatus, String groupName, Instant at) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(at, "at");
    }
}
