package org.customergroups.service;

import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;

/**
 * A share as the issue panel and REST show it: {@code sharedBy} is null for a share made by the system or by a
 * user who no longer exists.
 */
public record ShareView(TicketShare share, UserSummary sharedBy) {
}
