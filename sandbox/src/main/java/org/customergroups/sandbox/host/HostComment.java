package org.customergroups.sandbox.host;

import java.time.Instant;

/**
 * A comment on a ticket; {@code id} is its row id, {@code author} a username. A comment with a
 * {@code visibility} (Jira's role or group restriction) is internal: the sandbox shows it to the
 * issue's agents only and tells the plugin so. {@code visibility} is null for a public comment.
 */
public record HostComment(long id, long issueId, String author, String body, Instant created,
                          Visibility visibility) {

    /** Jira's comment restriction: {@code type} "role" (a project role's name) or "group" (a group's name). */
    public record Visibility(String type, String value) {
        public static final String ROLE = "role";
        public static final String GROUP = "group";
    }

    public boolean internal() {
        return visibility != null;
    }
}
