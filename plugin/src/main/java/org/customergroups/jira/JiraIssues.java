package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.domain.IssueRef;
import org.customergroups.port.Issues;

import java.util.Locale;
import java.util.Optional;

/**
 * Jira's issues through {@link IssueManager}, without permission checks (callers check first).
 * <ul>
 *   <li>{@link #byKey}: {@code getIssueByCurrentKey} with the key upper-cased, since Jira stores keys upper-case and
 *       its own key lookups ignore case; a key the issue had before a move is not found (the REST URLs name the
 *       current key).</li>
 *   <li>An issue without reporter maps to null {@code reporterKey} and {@code reporterUsername}.</li>
 * </ul>
 */
public class JiraIssues implements Issues {

    private final IssueManager issueManager;

    public JiraIssues(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String k = key.trim().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(JiraCalls.call("look up an issue by key", () -> issueManager.getIssueByCurrentKey(k)))
                .map(JiraIssues::ref);
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return Optional.ofNullable(JiraCalls.call("look up an issue", () -> issueManager.getIssueObject(id)))
                .map(JiraIssues::ref);
    }

    @Override
    public Optional<String> summaryOf(long id) {
        return Optional.ofNullable(JiraCalls.call("look up an issue", () -> issueManager.getIssueObject(id)))
                .map(Issue::getSummary);
    }

    /** The plugin's view of a Jira issue; null when Jira hands over an issue without id or project. */
    static IssueRef ref(Issue issue) {
        Long id = issue.getId();
        Project project = issue.getProjectObject();
        Long projectId = project != null && project.getId() != null ? project.getId() : issue.getProjectId();
        if (id == null || projectId == null) {
            return null;
        }
        ApplicationUser reporter = issue.getReporter();
        return new IssueRef(id, issue.getKey(), projectId, project == null ? null : project.getKey(),
                reporter == null ? null : reporter.getKey(), reporter == null ? null : reporter.getUsername());
    }
}
