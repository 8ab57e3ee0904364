package org.customergroups.rest.dto;

import org.customergroups.service.CatalogChange;

import java.util.List;

/** Response of {@code POST /projects/{key}/catalog} with {@code groupIds}. */
public record CatalogAddedDto(List<CatalogEntryDto> added, List<CatalogEntryDto> alreadyInCatalog) {

    public static CatalogAddedDto from(CatalogChange c) {
        return new CatalogAddedDto(c.added().stream().map(CatalogEntryDto::from).toList(),
                c.alreadyInCatalog().stream().map(CatalogEntryDto::from).toList());
    }
}
