package org.customergroups.service;

import org.customergroups.domain.Page;
import org.customergroups.domain.UserSummary;

/**
 * Who a rule would add to and remove from a group if saved now: {@code joins} (matches, not a member) and
 * {@code leaves} (a member, no longer matches), each a page of its own; {@code scanned} users were read.
 */
public record RulePreview(String canonical, Page<UserSummary> joins, Page<UserSummary> leaves, long scanned) {
}
