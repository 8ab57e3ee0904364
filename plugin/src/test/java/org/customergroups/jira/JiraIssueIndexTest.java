package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@ExtendWith(MockitoExtension.class)
class JiraIssueIndexTest {

    @Mock IssueManager issueManager;
    @Mock IssueIndexingService indexing;

    MutableIssue issue(long id) {
        MutableIssue issue = mock(MutableIssue.class);
        lenient().when(issueManager.getIssueObject(id)).thenReturn(issue);
        return issue;
    }

    @Test
    void eachIssueIsReindexedOnceInOrder() throws IndexException {
        MutableIssue one = issue(1L);
        MutableIssue two = issue(2L);

        new JiraIssueIndex(issueManager, indexing).reindex(Arrays.asList(1L, 2L, 1L, null));

        InOrder order = inOrder(indexing);
        order.verify(indexing).reIndex(one);
        order.verify(indexing).reIndex(two);
        verify(indexing, times(2)).reIndex(any(Issue.class));
    }

    @Test
    void issuesThatNoLongerExistAreSkipped() throws IndexException {
        MutableIssue two = issue(2L);

        new JiraIssueIndex(issueManager, indexing).reindex(List.of(404L, 2L));

        verify(indexing).reIndex(two);
        verify(indexing, times(1)).reIndex(any(Issue.class));
    }

    @Test
    void anIndexFailureIsLoggedAndTheOtherIssuesStillReindexed() throws IndexException {
        MutableIssue one = issue(1L);
        MutableIssue two = issue(2L);
        MutableIssue three = issue(3L);
        // lenient: the call for the third issue must reach the mock, not trip Mockito's strictness check
        lenient().doThrow(new IndexException("index locked")).when(indexing).reIndex(one);
        lenient().doThrow(new IllegalStateException("replication down")).when(indexing).reIndex(two);

        assertDoesNotThrow(() -> new JiraIssueIndex(issueManager, indexing).reindex(List.of(1L, 2L, 3L)));

        verify(indexing).reIndex(three);
    }

    @Test
    void aFailingLookupIsLoggedNotThrown() throws IndexException {
        lenient().when(issueManager.getIssueObject(1L)).thenThrow(new RuntimeException("db down"));
        MutableIssue two = issue(2L);

        assertDoesNotThrow(() -> new JiraIssueIndex(issueManager, indexing).reindex(List.of(1L, 2L)));

        verify(indexing).reIndex(two);
    }

    @Test
    void nothingToReindexTouchesNothing() {
        JiraIssueIndex index = new JiraIssueIndex(issueManager, indexing);

        index.reindex(List.of());
        index.reindex(null);

        verifyNoInteractions(issueManager, indexing);
        verify(issueManager, never()).getIssueObject(any(Long.class));
    }
}
