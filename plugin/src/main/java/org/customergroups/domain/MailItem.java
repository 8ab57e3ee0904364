package org.customergroups.domain;

/** A notice with the link the recipient should follow (the issue, or the portal page for reporter accounts). */
public record MailItem(Notice notice, String link) {
}
