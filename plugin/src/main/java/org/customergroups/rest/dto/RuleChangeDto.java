package org.customergroups.rest.dto;

import org.customergroups.service.RuleChange;

/** JSON of {@code PUT /groups/{id}/rule}: the group now, and what reconciling it at once did. */
public record RuleChangeDto(GroupDto group, ReconcileReportDto reconciled) {

    public static RuleChangeDto from(RuleChange c) {
        return new RuleChangeDto(GroupDto.from(c.group()), ReconcileReportDto.from(c.reconciled()));
    }
}
