package org.customergroups.rest.dto;

import org.customergroups.service.AccessExplanation;

import java.util.List;

/**
 * JSON of {@code GET /issues/{key}/access/{username}}: whether the user can see the ticket ({@code canSee}: Jira
 * lets them browse it, {@code jiraBrowse}, or they reach it through the portal as its reporter or a member of a
 * shared group), every reason why, and whether Jira honours the Customer Groups field in the project.
 */
public record IssueAccessDto(IdKeyDto issue, AccessUserDto user, boolean canSee, boolean jiraBrowse,
                             List<AccessPathDto> paths, AccessSetupDto setup) {

    public static IssueAccessDto from(AccessExplanation e) {
        return new IssueAccessDto(new IdKeyDto(e.issue().id(), e.issue().key()), AccessUserDto.from(e.user()),
                e.canSee(), e.jiraBrowse(), e.paths().stream().map(p -> AccessPathDto.from(p, e.sharers())).toList(),
                AccessSetupDto.from(e.setup()));
    }
}
