package org.customergroups.rest.dto;

/** Body of {@code POST /issues/{key}/shares}: exactly one of {@code groupId} and {@code group} (a group name). */
public record ShareRequest(Long groupId, String group) {
}
