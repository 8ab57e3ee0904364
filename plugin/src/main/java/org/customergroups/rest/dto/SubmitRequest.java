package org.customergroups.rest.dto;

import java.util.List;

/** {@code POST /forms/{projectKey}/requests}: what the reporter typed and the groups they chose (ids). */
public record SubmitRequest(String summary, String description, List<Long> groupIds) {
}
