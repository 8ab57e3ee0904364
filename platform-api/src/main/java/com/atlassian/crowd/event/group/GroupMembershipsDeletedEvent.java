package com.atlassian.crowd.event.group;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.membership.MembershipType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Declaration of Crowd's plural membership-deleted event (class extending {@link DirectoryEvent}, since
 * Crowd 5.0.4): one event per parent group, any number of children of one {@link MembershipType}. Constructor
 * {@code (Object source, Directory directory, Iterable<String> entityNames, String groupName, MembershipType)};
 * getters {@code getEntityNames()}, {@code getGroupName()}, {@code getMembershipType()}.
 * <p>
 * A plain value carrier whose published behaviour is exactly "store and return": the plugin's unit tests construct it,
 * so this declaration has that trivial semantics (the entity names are copied into an unmodifiable list).
 * In Jira the real class is used; this one is never packaged.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined (the plural Deleted event needs
 * Crowd 5.0.4+); {@code getEntityNames()} returning {@code Collection<String>} is per jira-api-facts.md §1d (the
 * javadoc excerpt read did not show the return type).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.1.0/com/atlassian/crowd/event/group/GroupMembershipsDeletedEvent.html">https://docs.atlassian.com/atlassian-crowd/7.1.0/com/atlassian/crowd/event/group/GroupMembershipsDeletedEvent.html</a>
 */
public class GroupMembershipsDeletedEvent extends DirectoryEvent {

    private final Collection<String> entityNames;
    private final String groupName;
    private final MembershipType membershipType;

    public GroupMembershipsDeletedEvent(Object source, Directory directory, Iterable<String> entityNames,
                                        String groupName, MembershipType membershipType) {
        super(source, directory);
        List<String> names = new ArrayList<>();
        if (entityNames != null) {
            entityNames.forEach(names::add);
        }
        this.entityNames = Collections.unmodifiableList(names);
        this.groupName = groupName;
        this.membershipType = membershipType;
    }

    public Collection<String> getEntityNames() {
        return entityNames;
    }

    public String getGroupName() {
        return groupName;
    }

    public MembershipType getMembershipType() {
        return membershipType;
    }
}
