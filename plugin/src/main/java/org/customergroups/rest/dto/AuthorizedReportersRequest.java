package org.customergroups.rest.dto;

import java.util.List;

/** {@code PUT /projects/{key}/authorized-reporters}: the flag (missing = false) and the whole list of group ids. */
public record AuthorizedReportersRequest(Boolean restricted, List<Long> groupIds) {
}
