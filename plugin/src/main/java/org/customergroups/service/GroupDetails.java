package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;

/** A customer group as the pages and REST show it: its metadata plus how many direct members it has. */
public record GroupDetails(CustomerGroup group, int memberCount) {
}
