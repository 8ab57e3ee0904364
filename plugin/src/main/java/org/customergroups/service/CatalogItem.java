package org.customergroups.service;

import org.customergroups.domain.CatalogEntry;

/** One row of a project's catalog: the entry (Auto-share, added by/at) and its group. */
public record CatalogItem(CatalogEntry entry, GroupDetails group) {
}
