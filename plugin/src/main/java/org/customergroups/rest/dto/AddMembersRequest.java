package org.customergroups.rest.dto;

import java.util.List;

/** Body of {@code POST /groups/{id}/members}. */
public record AddMembersRequest(List<String> usernames) {
}
