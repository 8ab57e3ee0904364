package com.atlassian.crowd.event.group;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.membership.MembershipType;

import java.util.Collection;

/**
 * Declaration of Crowd's plural membership-created event (class extending {@link DirectoryEvent}, since
 * Crowd 2.10): one event per parent group, any number of children of one {@link MembershipType}. Constructor
 * {@code (Object source, Directory directory, Iterable<String> entityNames, String groupName, MembershipType)};
 * getters {@code getEntityNames()}, {@code getGroupName()}, {@code getMembershipType()}.
 * <p>
 * No behaviour: unit tests mock it. In Jira the real class is used; this one is never packaged.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined (the plural Deleted event needs
 * Crowd 5.0.4+); {@code getEntityNames()} returning {@code Collection<String>} is per jira-api-facts.md §1d (the
 * javadoc excerpt read did not show the return type).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/4.3.0/com/atlassian/crowd/model/membership/class-use/MembershipType.html">https://docs.atlassian.com/atlassian-crowd/4.3.0/com/atlassian/crowd/model/membership/class-use/MembershipType.html</a>
 */
public class GroupMembershipsCreatedEvent extends DirectoryEvent {

    public GroupMembershipsCreatedEvent(Object source, Directory directory, Iterable<String> entityNames,
                                        String groupName, MembershipType membershipType) {
        super(source, directory);
    }

    public Collection<String> getEntityNames() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getGroupName() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public MembershipType getMembershipType() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
