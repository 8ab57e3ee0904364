package org.customergroups.rest.error;

/**
 * The one error shape of every endpoint: HTTP status, a message for people (in the caller's
 * language) and, for invalid input, the request field at fault (else null).
 */
public record ErrorDto(int status, String message, String field) {
}
