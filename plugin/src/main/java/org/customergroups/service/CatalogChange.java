package org.customergroups.service;

import java.util.List;

/** The result of adding existing groups to a catalog: what was added and what was there already. */
public record CatalogChange(List<CatalogItem> added, List<CatalogItem> alreadyInCatalog) {

    public CatalogChange {
        added = List.copyOf(added);
        alreadyInCatalog = List.copyOf(alreadyInCatalog);
    }
}
