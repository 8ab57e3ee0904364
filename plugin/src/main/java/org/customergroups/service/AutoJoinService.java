package org.customergroups.service;

import org.customergroups.domain.PageRequest;

import java.util.List;

/**
 * Auto-join by e-mail domain (a STATIC group's setting; dynamic groups write the domain into their rule).
 * New users join through the reconciler; existing users on demand, after a preview. A domain claimed by two
 * groups is reported: a matching user joins every group that claims it, and both groups show the collision.
 */
public final class AutoJoinService {

    /** Rights: the group's view policy. */
    public AutoJoinPreview preview(String actor, long groupId, PageRequest page) {
        throw new UnsupportedOperationException("issue 6: auto-join");
    }

    /** Adds every existing user the preview lists (update policy); returns how many joined (cause AUTO_JOIN). */
    public long apply(String actor, long groupId) {
        throw new UnsupportedOperationException("issue 6: auto-join");
    }

    /** Every domain claimed by more than one group, among the groups the actor may see. */
    public List<DomainCollision> collisions(String actor) {
        throw new UnsupportedOperationException("issue 6: auto-join");
    }
}
