package org.customergroups.rest.dto;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.service.GroupDetails;

/**
 * JSON of a customer group. {@code createdAt} is ISO-8601 UTC. {@code defaultGroup} names the built-in group
 * (CUSTOMERS, CUSTOMER_ADMINS, VERIFIED_CUSTOMERS) of a DEFAULT group, null otherwise; {@code rule} is a DYNAMIC
 * group's rule text, null otherwise. {@code memberCount} is what the caller may list: for a customer admin without
 * Jira application access, Customer Admins counts only the admins of their own accounts (CustomerAdminPeers).
 */
public record GroupDto(long id, String name, String kind, String description, SettingsDto settings, int memberCount,
                       String createdBy, String createdAt, String defaultGroup, String rule) {

    public static GroupDto from(GroupDetails d) {
        CustomerGroup g = d.group();
        return new GroupDto(g.id(), g.name(), g.kind().name(), g.description(), SettingsDto.from(g.settings()),
                d.memberCount(), g.createdBy(), g.createdAt().toString(),
                g.defaultGroup().map(DefaultGroup::name).orElse(null), g.rule());
    }
}
