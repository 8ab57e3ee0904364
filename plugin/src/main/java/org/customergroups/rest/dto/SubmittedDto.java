package org.customergroups.rest.dto;

/** A created request: its key and its page in the reporter portal. */
public record SubmittedDto(String key, String url) {
}
