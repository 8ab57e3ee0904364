package org.customergroups.sandbox.host;

import java.time.Instant;

/** A comment on a ticket; {@code id} is its row id, {@code author} a username. Every sandbox comment is public. */
public record HostComment(long id, long issueId, String author, String body, Instant created) {
}
