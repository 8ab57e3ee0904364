package org.customergroups.rest.dto;

import org.customergroups.service.CatalogItem;

/** JSON of one row of a project's catalog. {@code addedAt} is ISO-8601 UTC. */
public record CatalogEntryDto(GroupDto group, boolean autoShare, String addedBy, String addedAt) {

    public static CatalogEntryDto from(CatalogItem item) {
        return new CatalogEntryDto(GroupDto.from(item.group()), item.entry().autoShare(), item.entry().addedBy(),
                item.entry().addedAt() == null ? null : item.entry().addedAt().toString());
    }
}
