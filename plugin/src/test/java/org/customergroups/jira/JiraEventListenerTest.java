package org.customergroups.jira;

import com.atlassian.crowd.event.group.GroupMembershipCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.event.user.UserAttributeDeletedEvent;
import com.atlassian.crowd.event.user.UserAttributeStoredEvent;
import com.atlassian.crowd.event.user.UserCreatedEvent;
import com.atlassian.crowd.event.user.UserEditedEvent;
import com.atlassian.crowd.event.user.UserUpdatedEvent;
import com.atlassian.crowd.model.user.User;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.jira.JiraEventListener.Change;
import org.customergroups.jira.JiraEventListener.Form;
import org.customergroups.jira.JiraEventListener.RecentChanges;
import org.customergroups.jira.JiraEventListener.StatusChange;
import org.customergroups.service.AutoShare;
import org.customergroups.service.MembershipEvents;
import org.customergroups.service.NotificationService;
import org.customergroups.service.Reconciler;
import org.customergroups.service.ShareCascade;
import org.customergroups.service.ShareUpkeep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraEventListenerTest {

    @Mock EventPublisher publisher;
    @Mock AutoShare autoShare;
    @Mock ShareUpkeep upkeep;
    @Mock ShareCascade cascade;
    @Mock MembershipEvents membershipEvents;
    @Mock NotificationService notifications;
    @Mock JiraAuthenticationContext authentication;
    @Mock Reconciler reconciler;

    JiraEventListener listener;

    @BeforeEach
    void setUp() {
        listener = new JiraEventListener(publisher, autoShare, upkeep, cascade, membershipEvents, notifications,
                authentication, reconciler);
    }

    @Test
    void registersAndUnregistersItselfOnJirasPublisher() {
        listener.register();
        verify(publisher).register(listener);

        listener.unregister();
        verify(publisher).unregister(listener);
    }

    @Test
    void everyHandlerIsAPublicOneArgumentEventListenerMethod() {
        Set<String> handled = Arrays.stream(JiraEventListener.class.getMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class))
                .peek(m -> assertEquals(1, m.getParameterCount(), m.toString()))
                .peek(m -> assertTrue(Modifier.isPublic(m.getModifiers()), m.toString()))
                .map(Method::getParameterTypes).map(p -> p[0].getName())
                .collect(Collectors.toSet());

        assertEquals(Set.of(IssueEvent.class.getName(), GroupMembershipsDeletedEvent.class.getName(),
                GroupMembershipDeletedEvent.class.getName(), GroupMembershipsCreatedEvent.class.getName(),
                GroupMembershipCreatedEvent.class.getName(), UserCreatedEvent.class.getName(),
                UserUpdatedEvent.class.getName()), handled);
    }

    // ---------------------------------------------------------------------------------------------
    // user events

    static <E extends UserUpdatedEvent> E updated(Class<E> type, String username) {
        User user = mock(User.class);
        lenient().when(user.getName()).thenReturn(username);
        E event = mock(type);
        lenient().when(event.getUser()).thenReturn(user);
        return event;
    }

    @Test
    void aCreatedUserIsReconciledAsNew() {
        User user = mock(User.class);
        when(user.getName()).thenReturn("new.customer");
        UserCreatedEvent event = mock(UserCreatedEvent.class);
        when(event.getUser()).thenReturn(user);

        listener.onUserCreated(event);

        verify(reconciler).reconcileUser("new.customer", true);
    }

    @Test
    void anEditedUserIsReconciledAsUpdated() {
        listener.onUserUpdated(updated(UserEditedEvent.class, "alice"));
        listener.onUserUpdated(updated(UserUpdatedEvent.class, "bob"));

        verify(reconciler).reconcileUser("alice", false);
        verify(reconciler).reconcileUser("bob", false);
    }

    @Test
    void attributeUpdatesAreNoRuleFactAndAreIgnored() {
        listener.onUserUpdated(updated(UserAttributeStoredEvent.class, "alice"));
        listener.onUserUpdated(updated(UserAttributeDeletedEvent.class, "alice"));

        verifyNoInteractions(reconciler);
    }

    @Test
    void aFailingReconciliationOrUnreadableEventNeverReachesJira() {
        when(reconciler.reconcileUser("alice", false)).thenThrow(new IllegalStateException("store down"));
        UserCreatedEvent unreadable = mock(UserCreatedEvent.class);
        when(unreadable.getUser()).thenThrow(new UnsupportedOperationException("no user"));

        assertDoesNotThrow(() -> listener.onUserUpdated(updated(UserEditedEvent.class, "alice")));
        assertDoesNotThrow(() -> listener.onUserCreated(unreadable));
        verify(reconciler).reconcileUser("alice", false);
        verifyNoMoreInteractions(reconciler);
    }

    @Test
    void anEventWithoutAUserIsIgnored() {
        listener.onUserCreated(mock(UserCreatedEvent.class));

        verifyNoInteractions(reconciler);
    }

    // ---------------------------------------------------------------------------------------------
    // issue events

    static IssueEvent issueEvent(Long type, Long issueId, ApplicationUser user) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getId()).thenReturn(issueId);
        IssueEvent event = mock(IssueEvent.class);
        lenient().when(event.getIssue()).thenReturn(issue);
        lenient().when(event.getEventTypeId()).thenReturn(type);
        lenient().when(event.getUser()).thenReturn(user);
        return event;
    }

    @Test
    void aCreatedIssueIsAutoSharedWithTheActorsKey() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getKey()).thenReturn("JIRAUSER10100");

        listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, 10001L, alice));

        verify(autoShare).onIssueCreated(10001L, "JIRAUSER10100");
        verifyNoInteractions(upkeep, cascade);
    }

    @Test
    void aCreatedIssueIsAutoSharedFirstAndThenNotified() {
        listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, 10001L, user("JIRAUSER10100")));

        // The notice goes to the groups the issue is shared with, so auto-share must have run.
        InOrder order = inOrder(autoShare, notifications);
        order.verify(autoShare).onIssueCreated(10001L, "JIRAUSER10100");
        order.verify(notifications).issueCreated(10001L, "JIRAUSER10100");
        order.verifyNoMoreInteractions();
    }

    @Test
    void aCreatedIssueIsNotifiedEvenWhenAutoShareFails() {
        when(autoShare.onIssueCreated(10001L, null)).thenThrow(new IllegalStateException("db down"));

        assertDoesNotThrow(() -> listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, 10001L, null)));

        verify(notifications).issueCreated(10001L, null);
    }

    @Test
    void anIssueCreatedWithoutUserIsAutoSharedWithNullActor() {
        listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, 10001L, null));

        verify(autoShare).onIssueCreated(10001L, null);
    }

    @Test
    void updatedAndMovedIssuesKeepTheirSharesInStep() {
        listener.onIssueEvent(issueEvent(EventType.ISSUE_UPDATED_ID, 10001L, null));
        listener.onIssueEvent(issueEvent(EventType.ISSUE_MOVED_ID, 10002L, null));

        verify(upkeep).onIssueUpdated(10001L);
        verify(upkeep).onIssueUpdated(10002L);
        verify(upkeep, never()).onIssueDeleted(anyLong(), any());
        verifyNoInteractions(autoShare);
    }

    @Test
    void aDeletedIssueLosesItsSharesByWhoDeletedIt() {
        listener.onIssueEvent(issueEvent(EventType.ISSUE_DELETED_ID, 10001L, user("JIRAUSER10000")));
        listener.onIssueEvent(issueEvent(EventType.ISSUE_DELETED_ID, 10002L, null));

        verify(upkeep).onIssueDeleted(10001L, "JIRAUSER10000");
        verify(upkeep).onIssueDeleted(10002L, null);
        verify(upkeep, never()).onIssueUpdated(anyLong());
        verifyNoInteractions(notifications);
    }

    @Test
    void transitionAndOtherIssueEventsAlsoKeepTheCopiesInStep() {
        // A workflow transition may change the reporter and fires a generic (13) or custom event.
        listener.onIssueEvent(issueEvent(13L, 10001L, null));
        listener.onIssueEvent(issueEvent(EventType.ISSUE_COMMENTED_ID, 10002L, null));

        verify(upkeep).onIssueUpdated(10001L);
        verify(upkeep).onIssueUpdated(10002L);
        verifyNoInteractions(autoShare, cascade);
    }

    @Test
    void eventsWithoutTypeOrIssueAreIgnored() {
        listener.onIssueEvent(issueEvent(null, 10001L, null));
        listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, null, null));
        IssueEvent noIssue = mock(IssueEvent.class);
        when(noIssue.getEventTypeId()).thenReturn(EventType.ISSUE_DELETED_ID);
        listener.onIssueEvent(noIssue);

        verifyNoInteractions(autoShare, upkeep, cascade, notifications);
    }

    @Test
    void aFailingServiceDoesNotReachJirasEventThread() {
        when(autoShare.onIssueCreated(10001L, null)).thenThrow(new IllegalStateException("db down"));
        doThrow(new IllegalStateException("db down")).when(upkeep).onIssueDeleted(10002L, null);

        assertDoesNotThrow(() -> listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, 10001L, null)));
        assertDoesNotThrow(() -> listener.onIssueEvent(issueEvent(EventType.ISSUE_DELETED_ID, 10002L, null)));
    }

    // ---------------------------------------------------------------------------------------------
    // membership events

    static GroupMembershipsDeletedEvent plural(Long directoryId, String group, MembershipType type, String... users) {
        GroupMembershipsDeletedEvent event = mock(GroupMembershipsDeletedEvent.class);
        lenient().when(event.getDirectoryId()).thenReturn(directoryId);
        lenient().when(event.getGroupName()).thenReturn(group);
        lenient().when(event.getMembershipType()).thenReturn(type);
        lenient().when(event.getEntityNames()).thenReturn(List.of(users));
        return event;
    }

    @SuppressWarnings("deprecation")
    static GroupMembershipDeletedEvent singular(Long directoryId, String group, MembershipType type, String user) {
        GroupMembershipDeletedEvent event = mock(GroupMembershipDeletedEvent.class);
        lenient().when(event.getDirectoryId()).thenReturn(directoryId);
        lenient().when(event.getGroupName()).thenReturn(group);
        lenient().when(event.getMembershipType()).thenReturn(type);
        lenient().when(event.getEntityName()).thenReturn(user);
        return event;
    }

    @Test
    void usersLeavingAGroupEndTheirSharesInOneCall() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice", "bob"), null);
    }

    @Test
    void usersLeavingAGroupAreRecordedAfterTheCascade() {
        ApplicationUser admin = user("JIRAUSER10000");
        when(authentication.getLoggedInUser()).thenReturn(admin);

        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));

        // The cascade first, so that a failing cascade leaves nothing recorded for the twin's retry to repeat.
        InOrder order = inOrder(cascade, membershipEvents);
        order.verify(cascade).onMembershipsEnded("acme", List.of("alice", "bob"), "JIRAUSER10000");
        order.verify(membershipEvents).onDirectoryChange("acme", List.of("alice", "bob"), false, "JIRAUSER10000");
        order.verifyNoMoreInteractions();
    }

    @Test
    void aRemovalAndItsTwinAreRecordedOnce() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(membershipEvents, times(1)).onDirectoryChange(anyString(), any(), anyBoolean(), any());
    }

    @Test
    void whenRecordingARemovalFailsItsTwinTriesAgain() {
        lenient().when(membershipEvents.onDirectoryChange("acme", List.of("alice"), false, null))
                .thenThrow(new IllegalStateException("db down")).thenReturn(1);

        assertDoesNotThrow(() ->
                listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice")));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(membershipEvents, times(2)).onDirectoryChange("acme", List.of("alice"), false, null);
        verify(cascade, times(2)).onMembershipsEnded("acme", List.of("alice"), null);
    }

    @SuppressWarnings("deprecation")
    static GroupMembershipCreatedEvent singularCreated(Long directoryId, String group, MembershipType type,
                                                       String user) {
        GroupMembershipCreatedEvent event = mock(GroupMembershipCreatedEvent.class);
        lenient().when(event.getDirectoryId()).thenReturn(directoryId);
        lenient().when(event.getGroupName()).thenReturn(group);
        lenient().when(event.getMembershipType()).thenReturn(type);
        lenient().when(event.getEntityName()).thenReturn(user);
        return event;
    }

    static GroupMembershipsCreatedEvent pluralCreated(Long directoryId, String group, MembershipType type,
                                                      String... users) {
        GroupMembershipsCreatedEvent event = mock(GroupMembershipsCreatedEvent.class);
        lenient().when(event.getDirectoryId()).thenReturn(directoryId);
        lenient().when(event.getGroupName()).thenReturn(group);
        lenient().when(event.getMembershipType()).thenReturn(type);
        lenient().when(event.getEntityNames()).thenReturn(List.of(users));
        return event;
    }

    @Test
    void usersJoiningAGroupAreRecordedByTheLoggedInUserAndNothingIsCascaded() {
        ApplicationUser admin = user("JIRAUSER10000");
        when(authentication.getLoggedInUser()).thenReturn(admin);

        listener.onMembershipsCreated(pluralCreated(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));

        verify(membershipEvents).onDirectoryChange("acme", List.of("alice", "bob"), true, "JIRAUSER10000");
        verifyNoInteractions(cascade);
    }

    @Test
    void anAdditionAndItsTwinAreRecordedOnceInEitherOrder() {
        listener.onMembershipsCreated(pluralCreated(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));
        listener.onMembershipCreated(singularCreated(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipCreated(singularCreated(1L, "acme", MembershipType.GROUP_USER, "carol"));
        listener.onMembershipsCreated(pluralCreated(1L, "ACME", MembershipType.GROUP_USER, "Carol"));

        verify(membershipEvents).onDirectoryChange("acme", List.of("alice", "bob"), true, null);
        verify(membershipEvents).onDirectoryChange("acme", List.of("carol"), true, null);
        verify(membershipEvents, times(2)).onDirectoryChange(anyString(), any(), anyBoolean(), any());
    }

    @Test
    void aUserAddedAndRemovedIsTwoChangesNotTwins() {
        listener.onMembershipsCreated(pluralCreated(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(membershipEvents).onDirectoryChange("acme", List.of("alice"), true, null);
        verify(membershipEvents).onDirectoryChange("acme", List.of("alice"), false, null);
        verify(cascade).onMembershipsEnded("acme", List.of("alice"), null);
    }

    @Test
    void nestedGroupAdditionsAndEmptyAdditionsAreIgnored() {
        listener.onMembershipsCreated(pluralCreated(1L, "acme", MembershipType.GROUP_GROUP, "acme-eu"));
        listener.onMembershipCreated(singularCreated(1L, "acme", MembershipType.GROUP_GROUP, "acme-eu"));
        listener.onMembershipsCreated(pluralCreated(1L, "acme", MembershipType.GROUP_USER));
        listener.onMembershipCreated(singularCreated(1L, "acme", MembershipType.GROUP_USER, null));
        listener.onMembershipsCreated(pluralCreated(1L, null, MembershipType.GROUP_USER, "alice"));

        verifyNoInteractions(cascade, membershipEvents);
    }

    @Test
    void aFailingAdditionRecordDoesNotReachJirasEventThreadAndItsTwinTriesAgain() {
        lenient().when(membershipEvents.onDirectoryChange("acme", List.of("alice"), true, null))
                .thenThrow(new LinkageError("API changed")).thenReturn(1);

        assertDoesNotThrow(() ->
                listener.onMembershipsCreated(pluralCreated(1L, "acme", MembershipType.GROUP_USER, "alice")));
        assertDoesNotThrow(() ->
                listener.onMembershipCreated(singularCreated(1L, "acme", MembershipType.GROUP_USER, "alice")));

        verify(membershipEvents, times(2)).onDirectoryChange("acme", List.of("alice"), true, null);
    }

    @Test
    void aNameListedTwiceInOneEventIsOneRemovalAndItsTwinIsStillDropped() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice", "Alice", "bob"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice", "bob"), null);
        verify(cascade, times(1)).onMembershipsEnded(anyString(), any(), any());
    }

    @Test
    void pluralThenSingularTwinsAreHandledOnce() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "bob"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice", "bob"), null);
        verify(cascade, times(1)).onMembershipsEnded(anyString(), any(), any());
    }

    @Test
    void singularThenPluralTwinsAreHandledOnce() {
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice"), null);
        verify(cascade).onMembershipsEnded("acme", List.of("bob"), null);
        verify(cascade, times(2)).onMembershipsEnded(anyString(), any(), any());
    }

    @Test
    void theSameRemovalReportedTwiceInTheSameFormIsTwoRemovals() {
        // Older Crowd emits only the singular form: a user removed, added back and removed again.
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(cascade, times(2)).onMembershipsEnded("acme", List.of("alice"), null);
    }

    @Test
    void removalsInOtherDirectoriesOrGroupsAreNotTwins() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(2L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "globex", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "ACME", MembershipType.GROUP_USER, "Alice")); // twin of the first

        verify(cascade, times(2)).onMembershipsEnded("acme", List.of("alice"), null);
        verify(cascade).onMembershipsEnded("globex", List.of("alice"), null);
        verify(cascade, never()).onMembershipsEnded("ACME", List.of("Alice"), null);
    }

    @Test
    void nestedGroupMembershipsAreIgnored() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_GROUP, "acme-eu"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_GROUP, "acme-eu"));
        listener.onMembershipsDeleted(plural(1L, "acme", null, "alice"));

        verifyNoInteractions(cascade, membershipEvents);
    }

    @Test
    void emptyOrIncompleteMembershipEventsAreIgnored() {
        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER));
        listener.onMembershipsDeleted(plural(1L, null, MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, null));

        verifyNoInteractions(cascade, membershipEvents);
    }

    @Test
    void aFailingCascadeDoesNotReachJirasEventThread() {
        lenient().when(cascade.onMembershipsEnded("acme", List.of("alice"), null)).thenThrow(new IllegalStateException("db down"));
        lenient().when(cascade.onMembershipsEnded("acme", List.of("bob"), null)).thenThrow(new LinkageError("API changed"));

        assertDoesNotThrow(() ->
                listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice")));
        assertDoesNotThrow(() ->
                listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "bob")));
        verify(cascade).onMembershipsEnded("acme", List.of("bob"), null);
    }

    @Test
    void whenTheFirstReportFailsItsTwinTriesAgain() {
        // lenient: the calls with other arguments must reach the mock, not trip Mockito's strictness check
        lenient().when(cascade.onMembershipsEnded("acme", List.of("alice", "bob"), null))
                .thenThrow(new IllegalStateException("db down"));

        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice", "bob"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));
        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "bob"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice"), null);
        verify(cascade).onMembershipsEnded("acme", List.of("bob"), null);
    }

    @Test
    void removalsAreEndedByTheLoggedInUser() {
        ApplicationUser admin = user("JIRAUSER10000");
        when(authentication.getLoggedInUser()).thenReturn(admin);

        listener.onMembershipsDeleted(plural(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice"), "JIRAUSER10000");
    }

    @Test
    void whenJiraCannotSayWhoIsLoggedInTheRemovalHasNoActor() {
        when(authentication.getLoggedInUser()).thenThrow(new IllegalStateException("no request"));

        listener.onMembershipDeleted(singular(1L, "acme", MembershipType.GROUP_USER, "alice"));

        verify(cascade).onMembershipsEnded("acme", List.of("alice"), null);
    }

    // ---------------------------------------------------------------------------------------------
    // notices for comments and status changes

    static ApplicationUser user(String key) {
        ApplicationUser u = mock(ApplicationUser.class);
        lenient().when(u.getKey()).thenReturn(key);
        return u;
    }

    static Comment comment(String body, String groupLevel, Long roleLevelId) {
        Comment c = mock(Comment.class);
        lenient().when(c.getBody()).thenReturn(body);
        lenient().when(c.getGroupLevel()).thenReturn(groupLevel);
        lenient().when(c.getRoleLevelId()).thenReturn(roleLevelId);
        return c;
    }

    static GenericValue changeItem(String field, String oldString, String newString) {
        GenericValue item = mock(GenericValue.class);
        lenient().when(item.getString("field")).thenReturn(field);
        lenient().when(item.getString("oldstring")).thenReturn(oldString);
        lenient().when(item.getString("newstring")).thenReturn(newString);
        return item;
    }

    static GenericValue changeLog(GenericValue... items) throws GenericEntityException {
        GenericValue group = mock(GenericValue.class);
        lenient().when(group.getRelated("ChildChangeItem")).thenReturn(List.of(items));
        return group;
    }

    static IssueEvent commentEvent(Long issueId, ApplicationUser user, Comment comment) {
        IssueEvent event = issueEvent(EventType.ISSUE_COMMENTED_ID, issueId, user);
        lenient().when(event.getComment()).thenReturn(comment);
        return event;
    }

    @Test
    void aPublicCommentIsNotifiedWithItsBodyAndAuthor() {
        listener.onIssueEvent(commentEvent(10001L, user("JIRAUSER10000"), comment("It works again.", null, null)));

        verify(notifications).commented(10001L, "JIRAUSER10000", "It works again.", false);
        verify(upkeep).onIssueUpdated(10001L);
        verify(notifications, never()).statusChanged(anyLong(), any(), any(), any(), any());
    }

    @Test
    void commentsRestrictedToAGroupOrARoleAreInternal() {
        listener.onIssueEvent(commentEvent(10001L, user("k"), comment("for agents", "jira-servicedesk-users", null)));
        listener.onIssueEvent(commentEvent(10002L, user("k"), comment("for developers", null, 10002L)));
        listener.onIssueEvent(commentEvent(10003L, user("k"), comment("blank group", " ", null)));

        // The service decides what an internal comment means for mail (nothing); the listener only tells it.
        verify(notifications).commented(10001L, "k", "for agents", true);
        verify(notifications).commented(10002L, "k", "for developers", true);
        verify(notifications).commented(10003L, "k", "blank group", false);
    }

    @Test
    void aCommentedEventWithoutCommentIsNotNotified() {
        listener.onIssueEvent(commentEvent(10001L, user("k"), null));

        verify(upkeep).onIssueUpdated(10001L);
        verifyNoInteractions(notifications);
    }

    static IssueEvent eventWithComment(Long type, Long issueId, ApplicationUser user, Comment comment) {
        IssueEvent event = issueEvent(type, issueId, user);
        lenient().when(event.getComment()).thenReturn(comment);
        return event;
    }

    @Test
    void aCommentMadeWhileEditingOrAssigningIsNotifiedAsAComment() throws Exception {
        IssueEvent edited = eventWithComment(EventType.ISSUE_UPDATED_ID, 10001L, user("k"),
                comment("Added logs.", null, null));
        GenericValue log = changeLog(changeItem("summary", "Printer", "Printer on fire"));
        when(edited.getChangeLog()).thenReturn(log);
        // 3 is Jira's "Issue Assigned" event; 10000 a custom event of a transition without a status change item
        listener.onIssueEvent(eventWithComment(3L, 10002L, user("k"), comment("Over to you.", null, null)));
        listener.onIssueEvent(eventWithComment(10000L, 10003L, user("k"), comment("Internal note", null, 10002L)));
        listener.onIssueEvent(edited);

        verify(notifications).commented(10001L, "k", "Added logs.", false);
        verify(notifications).commented(10002L, "k", "Over to you.", false);
        verify(notifications).commented(10003L, "k", "Internal note", true);
        verify(notifications, never()).statusChanged(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anEditedOrDeletedCommentIsNotNotified() {
        listener.onIssueEvent(eventWithComment(EventType.ISSUE_COMMENT_EDITED_ID, 10001L, user("k"),
                comment("Fixed a typo.", null, null)));
        listener.onIssueEvent(eventWithComment(EventType.ISSUE_COMMENT_DELETED_ID, 10002L, user("k"),
                comment("Gone.", null, null)));

        verify(upkeep).onIssueUpdated(10001L);
        verify(upkeep).onIssueUpdated(10002L);
        verifyNoInteractions(notifications);
    }

    @Test
    void anUpdateWithoutCommentIsNotNotified() {
        listener.onIssueEvent(eventWithComment(EventType.ISSUE_UPDATED_ID, 10001L, user("k"), null));

        verify(upkeep).onIssueUpdated(10001L);
        verifyNoInteractions(notifications);
    }

    @Test
    void aStatusChangeIsReadFromTheEventsChangeLog() throws Exception {
        IssueEvent event = issueEvent(13L, 10001L, user("JIRAUSER10000"));
        GenericValue log = changeLog(changeItem("assignee", "alice", "bob"), changeItem("status", "Open", "In Progress"));
        when(event.getChangeLog()).thenReturn(log);

        listener.onIssueEvent(event);

        verify(notifications).statusChanged(10001L, "JIRAUSER10000", "Open", "In Progress", null);
        verify(upkeep).onIssueUpdated(10001L);
        verify(notifications, never()).commented(anyLong(), any(), any(), anyBoolean());
    }

    @Test
    void aTransitionWithACommentGivesOneNoticeTheStatusChangeCarryingThePublicComment() throws Exception {
        IssueEvent event = commentEvent(10001L, user("k"), comment("Fixed.", null, null));
        GenericValue log = changeLog(changeItem("status", "In Progress", "Done"));
        when(event.getChangeLog()).thenReturn(log);

        listener.onIssueEvent(event);

        verify(notifications).statusChanged(10001L, "k", "In Progress", "Done", "Fixed.");
        verify(notifications, never()).commented(anyLong(), any(), any(), anyBoolean());
    }

    @Test
    void aTransitionWithAnInternalCommentTellsTheStatusChangeWithoutTheComment() throws Exception {
        IssueEvent event = commentEvent(10001L, user("k"), comment("Customer is difficult.", "jira-developers", null));
        GenericValue log = changeLog(changeItem("status", "In Progress", "Done"));
        when(event.getChangeLog()).thenReturn(log);

        listener.onIssueEvent(event);

        verify(notifications).statusChanged(10001L, "k", "In Progress", "Done", null);
    }

    @Test
    void aChangeLogWithoutStatusItemGivesNoStatusNotice() throws Exception {
        IssueEvent event = issueEvent(EventType.ISSUE_UPDATED_ID, 10001L, user("k"));
        GenericValue log = changeLog(changeItem("summary", "Printer", "Printer on fire"));
        when(event.getChangeLog()).thenReturn(log);

        listener.onIssueEvent(event);

        verify(upkeep).onIssueUpdated(10001L);
        verifyNoInteractions(notifications);
    }

    @Test
    void aChangeLogJiraCannotReadCostsTheNoticeButNotTheUpkeep() throws Exception {
        IssueEvent event = issueEvent(EventType.ISSUE_UPDATED_ID, 10001L, user("k"));
        GenericValue log = mock(GenericValue.class);
        when(log.getRelated("ChildChangeItem")).thenThrow(new GenericEntityException("db down"));
        when(event.getChangeLog()).thenReturn(log);

        assertDoesNotThrow(() -> listener.onIssueEvent(event));

        verify(upkeep).onIssueUpdated(10001L);
        verifyNoInteractions(notifications);
    }

    @Test
    void aFailingNotificationDoesNotReachJirasEventThreadNorStopTheUpkeep() {
        doThrow(new IllegalStateException("mail down")).when(notifications)
                .commented(10001L, "k", "Hello", false);
        doThrow(new LinkageError("API changed")).when(notifications).issueCreated(10002L, "k");

        assertDoesNotThrow(() -> listener.onIssueEvent(commentEvent(10001L, user("k"), comment("Hello", null, null))));
        assertDoesNotThrow(() -> listener.onIssueEvent(issueEvent(EventType.ISSUE_CREATED_ID, 10002L, user("k"))));

        verify(upkeep).onIssueUpdated(10001L);
        verify(autoShare).onIssueCreated(10002L, "k");
    }

    @Test
    void statusChangesAreFoundInAnyCaseOfTheFieldName() throws Exception {
        assertEquals(new StatusChange("Open", "Done"),
                JiraEventListener.statusChange(changeLog(changeItem("Status", "Open", "Done"))));
        assertNull(JiraEventListener.statusChange(null));
        assertNull(JiraEventListener.statusChange(changeLog()));
    }

    @Nested
    class Pairing {

        final Change alice = new Change(1L, "acme", "alice", false);

        @Test
        void aTwinIsForgottenOnceMatched() {
            RecentChanges recent = new RecentChanges(10);

            assertTrue(recent.firstOfPair(Form.PLURAL, alice));
            assertFalse(recent.firstOfPair(Form.SINGULAR, alice));
            assertEquals(0, recent.size());
            assertTrue(recent.firstOfPair(Form.SINGULAR, alice), "a later removal is a new one");
        }

        @Test
        void unmatchedRemovalsAreForgottenOldestFirstBeyondCapacity() {
            RecentChanges recent = new RecentChanges(2);
            recent.firstOfPair(Form.SINGULAR, alice);
            recent.firstOfPair(Form.SINGULAR, new Change(1L, "acme", "bob", false));
            recent.firstOfPair(Form.SINGULAR, new Change(1L, "acme", "carol", false));

            assertEquals(2, recent.size());
            assertTrue(recent.firstOfPair(Form.PLURAL, alice), "alice was forgotten, so this is not a twin");
            assertFalse(recent.firstOfPair(Form.PLURAL, new Change(1L, "acme", "carol", false)));
        }

        @Test
        void removalsOfDirectoryNullAreStillPaired() {
            RecentChanges recent = new RecentChanges(10);

            assertTrue(recent.firstOfPair(Form.PLURAL, new Change(null, "acme", "alice", false)));
            assertFalse(recent.firstOfPair(Form.SINGULAR, new Change(null, "Acme", "ALICE", false)));
        }

        @Test
        void anAdditionIsNotTheTwinOfARemoval() {
            RecentChanges recent = new RecentChanges(10);

            assertTrue(recent.firstOfPair(Form.PLURAL, alice));
            assertTrue(recent.firstOfPair(Form.SINGULAR, new Change(1L, "acme", "alice", true)));
            assertFalse(recent.firstOfPair(Form.SINGULAR, alice));
            assertFalse(recent.firstOfPair(Form.PLURAL, new Change(1L, "acme", "alice", true)));
        }
    }
}
