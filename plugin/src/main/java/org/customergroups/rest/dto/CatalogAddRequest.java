package org.customergroups.rest.dto;

import java.util.List;

/**
 * Body of {@code POST /projects/{key}/catalog}: either {@code groupIds} (add existing groups) or {@code name}
 * (and optional {@code description}: create a group and add it).
 */
public record CatalogAddRequest(List<Long> groupIds, String name, String description) {
}
