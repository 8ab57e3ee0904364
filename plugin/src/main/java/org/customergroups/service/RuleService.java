package org.customergroups.service;

import org.customergroups.domain.PageRequest;

/**
 * Dynamic groups: validating, previewing, saving and removing a group's membership rule. Rights: the group's
 * update policy; DEFAULT groups refuse (400). Saving a rule makes the group DYNAMIC and reconciles it at once;
 * removing it makes the group STATIC and keeps its members. Recorded as RULE_CHANGED.
 */
public final class RuleService {

    /** Validation only, for the editor's live feedback: any signed-in user; never throws for a bad rule. */
    public RuleCheck check(String actor, String text) {
        throw new UnsupportedOperationException("issue 6: rules");
    }

    /** Who would join and leave (400 for an invalid rule, with position). */
    public RulePreview preview(String actor, long groupId, String text, PageRequest joins, PageRequest leaves) {
        throw new UnsupportedOperationException("issue 6: rules");
    }

    public RuleChange save(String actor, long groupId, String text) {
        throw new UnsupportedOperationException("issue 6: rules");
    }

    public GroupDetails remove(String actor, long groupId) {
        throw new UnsupportedOperationException("issue 6: rules");
    }
}
