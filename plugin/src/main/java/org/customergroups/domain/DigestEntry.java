package org.customergroups.domain;

/** A notice waiting for its subscriber's daily digest. */
public record DigestEntry(long id, String userKey, Notice notice) {
}
