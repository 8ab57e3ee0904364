package org.customergroups.rest.dto;

import java.util.List;

/**
 * {@code GET /forms/{projectKey}}: the form as the caller sees it, the Customer Group block's options (the catalog
 * groups the caller belongs to), whether they may submit, and if not why ({@code refusal}, in their language).
 */
public record FormViewDto(ProjectDto project, FormDto form, List<GroupRefDto> groupOptions, boolean canSubmit,
                          String refusal) {

    public record ProjectDto(long id, String key, String name) {
    }
}
