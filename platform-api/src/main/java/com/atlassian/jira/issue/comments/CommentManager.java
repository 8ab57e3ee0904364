package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Declaration of Jira's comment manager (interface). No permission checks. Only the two members the plugin calls.
 * Checked against: the Jira 4.0 javadoc (create overloads, then with a {@code String} author), the Jira 6.x source and
 * the reference recipes (the {@code ApplicationUser} author overload since 6.0). Unconfirmed for 10.3: no 10.x page;
 * {@code getComments(Issue)} (all comments, oldest first) by usage.
 *
 * @see <a href="https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html">CommentManager (Jira 4.0)</a>
 */
public interface CommentManager {

    List<Comment> getComments(Issue issue);

    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId,
                   boolean dispatchEvent);
}
