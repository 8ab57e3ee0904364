package org.customergroups.domain;

/** A rendered mail to one recipient: HTML body, subject in the recipient's language. */
public record OutgoingMail(String toAddress, String toName, String subject, String htmlBody) {
}
