package org.customergroups.rest.dto;

/** JSON of {@code POST /groups/{id}/auto-join/apply}: how many existing users joined. */
public record AutoJoinAppliedDto(long joined) {
}
