package org.customergroups.rest.dto;

import org.customergroups.service.HealthReport;

/** JSON of {@code GET /health}. */
public record HealthDto(String status, Plugin plugin, Host host, Database database) {

    public record Plugin(String key, String version) {
    }

    public record Host(String name, String version) {
    }

    public record Database(String status, String product, long responseMillis, Integer customerGroups) {
    }

    public static HealthDto from(HealthReport r) {
        return new HealthDto(r.status().name(),
                new Plugin(r.plugin().key(), r.plugin().version()),
                new Host(r.hostName(), r.hostVersion()),
                new Database(r.database().status().name(), r.database().product(),
                        r.database().responseMillis(), r.database().customerGroups()));
    }
}
