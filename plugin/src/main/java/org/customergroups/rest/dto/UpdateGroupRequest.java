package org.customergroups.rest.dto;

/** Body of {@code PUT /groups/{id}}: a missing member (or settings member) keeps the current value. */
public record UpdateGroupRequest(String description, SettingsDto settings) {
}
