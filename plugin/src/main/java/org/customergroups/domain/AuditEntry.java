package org.customergroups.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One audit-trail row: who ({@code actorKey}, a Jira user key; null = the system), when, what, why, on which
 * project / issue / group / user (each null when not concerned), and short before/after values (null when not
 * applicable; at most {@link #MAX_VALUE} characters, longer values are cut by the store). {@code groupName} is
 * copied so that the row still reads after the group is deleted. {@code id} is 0 until stored.
 */
public record AuditEntry(long id, Instant at, String actorKey, AuditAction action, AuditCause cause,
                         Long projectId, Long issueId, Long groupId, String groupName, String userKey,
                         String before, String after) {

    public static final int MAX_VALUE = 1000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(cause, "cause");
    }

    public static Builder of(AuditAction action, AuditCause cause, String actorKey, Instant at) {
        return new Builder(action, cause, actorKey, at);
    }

    /** Builds a new (unstored) entry; set only what the action concerns. */
    public static final class Builder {
        private final AuditAction action;
        private final AuditCause cause;
        private final String actorKey;
        private final Instant at;
        private Long projectId;
        private Long issueId;
        private Long groupId;
        private String groupName;
        private String userKey;
        private String before;
        private String after;

        private Builder(AuditAction action, AuditCause cause, String actorKey, Instant at) {
            this.action = action;
            this.cause = cause;
            this.actorKey = actorKey;
            this.at = at;
        }

        public Builder project(long id) {
            this.projectId = id;
            return this;
        }

        public Builder issue(long id) {
            this.issueId = id;
            return this;
        }

        public Builder group(long id, String name) {
            this.groupId = id;
            this.groupName = name;
            return this;
        }

        public Builder user(String key) {
            this.userKey = key;
            return this;
        }

        public Builder change(String before, String after) {
            this.before = before;
            this.after = after;
            return this;
        }

        public AuditEntry build() {
            return new AuditEntry(0, at, actorKey, action, cause, projectId, issueId, groupId, groupName, userKey,
                    before, after);
        }
    }
}
