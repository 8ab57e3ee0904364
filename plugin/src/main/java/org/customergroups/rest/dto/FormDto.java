package org.customergroups.rest.dto;

import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.RequestForm;
import org.customergroups.service.FormDefinition;

/**
 * A project's request form as JSON, and the body of {@code PUT /forms/{projectKey}} (where {@code updatedBy},
 * {@code updatedByName} and {@code updatedAt} are ignored, a missing {@code enabled} is false — a form is published
 * only on purpose —, a missing {@code descriptionShown} is true, a missing {@code groupBlock} is off).
 * {@code updatedBy} (user key), {@code updatedByName} (that user's display name) and {@code updatedAt} are null
 * until the form is saved, and in the reporter's view.
 */
public record FormDto(Boolean enabled, String title, String intro, Boolean descriptionShown, GroupBlockDto groupBlock,
                      String updatedBy, String updatedByName, String updatedAt) {

    /** The editors' view: who saved it last, by key and display name, and when. */
    public static FormDto from(FormDefinition d) {
        RequestForm f = d.form();
        return new FormDto(f.enabled(), f.title(), f.intro(), f.descriptionShown(), GroupBlockDto.from(f.groupBlock()),
                f.updatedBy(), d.updatedByName(), f.updatedAt() == null ? null : f.updatedAt().toString());
    }

    /** Without who saved it and when: what a reporter sees. */
    public static FormDto forReporter(RequestForm f) {
        return new FormDto(f.enabled(), f.title(), f.intro(), f.descriptionShown(), GroupBlockDto.from(f.groupBlock()),
                null, null, null);
    }

    public RequestForm toForm(long projectId) {
        return new RequestForm(projectId, Boolean.TRUE.equals(enabled), title, intro,
                !Boolean.FALSE.equals(descriptionShown), groupBlock == null ? GroupBlock.off() : groupBlock.toBlock(),
                null, null);
    }
}
