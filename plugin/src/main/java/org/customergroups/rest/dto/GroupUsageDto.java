package org.customergroups.rest.dto;

import org.customergroups.service.GroupUsage;

/** JSON of {@code GET /groups/{id}/usage}: what deleting the group would touch. */
public record GroupUsageDto(int projects, int sharedTickets) {

    public static GroupUsageDto from(GroupUsage u) {
        return new GroupUsageDto(u.projects(), u.sharedTickets());
    }
}
