package org.customergroups.service;

import org.customergroups.domain.ProjectRestriction;

import java.util.List;

/**
 * Restricted projects and their Authorized Reporters groups (project admins read and change them). In a
 * restricted project only members of an authorized group and the project's agents may create tickets through
 * the plugin (form, portal, REST). Changes are recorded as RESTRICTION_CHANGED.
 */
public final class RestrictionService {

    public ProjectRestriction get(String actor, String projectKey) {
        throw new UnsupportedOperationException("issue 5: restriction");
    }

    /** Replaces the flag and the list; unknown group ids are 400 naming them. */
    public ProjectRestriction put(String actor, String projectKey, boolean restricted, List<Long> groupIds) {
        throw new UnsupportedOperationException("issue 5: restriction");
    }

    /** Whether the user (key) may create tickets in the project through the plugin. No exception. */
    public boolean mayCreate(String userKey, long projectId) {
        throw new UnsupportedOperationException("issue 5: restriction");
    }
}
