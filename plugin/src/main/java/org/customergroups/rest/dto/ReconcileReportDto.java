package org.customergroups.rest.dto;

import org.customergroups.service.ReconcileReport;

/** JSON of what a reconciler pass did. */
public record ReconcileReportDto(int groups, long usersScanned, long joined, long left, long sharesRemoved) {

    public static ReconcileReportDto from(ReconcileReport r) {
        return new ReconcileReportDto(r.groups(), r.usersScanned(), r.joined(), r.left(), r.sharesRemoved());
    }
}
