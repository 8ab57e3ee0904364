package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Declaration of Jira's issue service ({@code @PublicApi} interface): create with validation, permission checks
 * against the user passed, events and notifications. Only the create path. The nested result classes are declared as
 * in Jira ({@code public static class}); {@code isValid()} and {@code getErrorCollection()} are inherited there (from
 * {@code ServiceResultImpl}) and declared directly here, which links the same way.
 * Checked against: the Jira 7.0.8 package summary (nested classes), the Jira "latest" IssueResult page
 * ({@code IssueService.create(ApplicationUser, CreateValidationResult)}), developer.atlassian.com "Performing issue
 * operations" (page updated 2026); the "latest" IssueValidationResult page (abstract, {@code MutableIssue getIssue()}
 * declared there, isValid/getErrorCollection from ServiceResultImpl). Unconfirmed for 10.3: no 10.x page.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html">IssueService.IssueResult (Jira 7.x "latest")</a>
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html">IssueService.IssueValidationResult (Jira 7.x "latest")</a>
 */
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    /** Jira's {@code public abstract static class IssueValidationResult extends ServiceResultImpl}; declares getIssue(). */
    abstract class IssueValidationResult {

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }
    }

    class CreateValidationResult extends IssueValidationResult {
    }

    /** getIssue() is inherited from IssueValidationResult, as in Jira. */
    class IssueResult extends IssueValidationResult {
    }
}
