package org.customergroups.service;

import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;

import java.util.List;

/** An edit of a group's description and global settings; a null part keeps the current value. */
public record GroupChanges(String description, List<String> autoJoinDomains, Boolean twoFactorRequired,
                           ViewPolicy viewPolicy, UpdatePolicy updatePolicy) {
}
