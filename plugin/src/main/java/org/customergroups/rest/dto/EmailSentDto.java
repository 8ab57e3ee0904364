package org.customergroups.rest.dto;

/** Answer of {@code POST /me/email-verification}: the address the verification link was mailed to. */
public record EmailSentDto(String sentTo) {
}
