package org.customergroups.domain;

import java.time.Instant;

/** A comment without visibility restriction (internal comments never leave the host port). */
public record PublicComment(long id, String authorKey, String authorName, String body, Instant created) {
}
