package org.customergroups.service;

import org.customergroups.domain.Page;
import org.customergroups.domain.UserSummary;

import java.util.List;

/** Existing users the group's auto-join domains would add now, and the group's domains other groups claim too. */
public record AutoJoinPreview(Page<UserSummary> joins, List<DomainCollision> collisions, long scanned) {
}
