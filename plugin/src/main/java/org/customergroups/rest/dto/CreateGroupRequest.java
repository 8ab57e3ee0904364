package org.customergroups.rest.dto;

/** Body of {@code POST /groups}: {@code description} and {@code projectKey} are optional. */
public record CreateGroupRequest(String name, String description, String projectKey) {
}
