package org.customergroups.rest.dto;

import org.customergroups.domain.RequestRow;

/** One line of the portal's My requests list; {@code updated} is ISO-8601 UTC, {@code done}: status category Done. */
public record PortalRowDto(String key, String summary, String status, boolean done, String updated,
                           IdKeyDto project) {

    public static PortalRowDto from(RequestRow r) {
        return new PortalRowDto(r.issue().key(), r.summary(), r.status(), r.done(),
                r.updated() == null ? null : r.updated().toString(),
                new IdKeyDto(r.issue().projectId(), r.issue().projectKey()));
    }
}
