package org.customergroups.rest.dto;

import java.util.List;

import org.customergroups.service.IssueShares;

/** JSON of {@code GET /issues/{key}/shares}: {@code canEdit} says whether the caller may change the shares. */
public record IssueSharesDto(String issueKey, String projectKey, boolean canEdit, List<ShareDto> shares) {

    public static IssueSharesDto from(IssueShares s) {
        return new IssueSharesDto(s.issue().key(), s.issue().projectKey(), s.canEdit(),
                s.shares().stream().map(ShareDto::from).toList());
    }
}
