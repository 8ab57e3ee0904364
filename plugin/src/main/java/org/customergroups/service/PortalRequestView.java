package org.customergroups.service;

import org.customergroups.domain.Page;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.UserSummary;

import java.util.List;

/** The portal's request page: content, reporter, the groups it is shared with, and a page of public comments. */
public record PortalRequestView(RequestContent content, UserSummary reporter, List<String> sharedGroups,
                                Page<PublicComment> comments) {
}
