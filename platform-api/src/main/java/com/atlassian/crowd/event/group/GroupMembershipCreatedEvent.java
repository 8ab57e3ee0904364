package com.atlassian.crowd.event.group;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.membership.MembershipType;

/**
 * Declaration of Crowd's singular membership-created event (class extending {@link DirectoryEvent};
 * deprecated since Crowd 2.10, replaced by {@link GroupMembershipsCreatedEvent}). Crowd's javadoc: in 5.x the singular and plural events "are always emitted one after the other,
 * with the same data. Listeners should listen to either". Constructor
 * {@code (Object source, Directory directory, String entityName, String groupName, MembershipType)}; getters
 * {@code getEntityName()}, {@code getGroupName()}, {@code getMembershipType()}.
 * <p>
 * No behaviour: unit tests mock Crowd events with Mockito. In Jira the real class is used; never packaged.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.1.0/com/atlassian/crowd/event/group/GroupMembershipCreatedEvent.html">GroupMembershipCreatedEvent (Crowd 7.1.0)</a>
 */
@Deprecated
public class GroupMembershipCreatedEvent extends DirectoryEvent {

    public GroupMembershipCreatedEvent(Object source, Directory directory, String entityName, String groupName,
                                       MembershipType membershipType) {
        super(source, directory);
    }

    public String getEntityName() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getGroupName() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public MembershipType getMembershipType() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
