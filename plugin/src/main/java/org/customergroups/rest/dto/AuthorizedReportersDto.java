package org.customergroups.rest.dto;

import java.util.List;

/**
 * A project's Restricted flag and Authorized Reporters groups (by name). {@code createPermissionHint} explains the
 * matching Jira permission for licensed users, in the caller's language. {@code updatedBy} (user key) and
 * {@code updatedAt} are null until the setting is saved.
 */
public record AuthorizedReportersDto(boolean restricted, List<GroupRefDto> groups, String createPermissionHint,
                                     String updatedBy, String updatedAt) {
}
