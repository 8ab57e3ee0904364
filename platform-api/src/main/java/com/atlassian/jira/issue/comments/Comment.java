package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

/**
 * Declaration of Jira's issue comment ({@code @PublicApi} interface): its body and its visibility restriction - a
 * group name ({@code getGroupLevel()}) or a project role id ({@code Long getRoleLevelId()}), both null for a comment
 * everyone who can see the issue can read. Only the members the plugin calls.
 * {@code Long getId()}, {@code ApplicationUser getAuthorApplicationUser()} and {@code Date getCreated()} by usage in
 * Jira 7-10 plugin code (U).
 * Unconfirmed for 10.3: checked against the Jira 7.0.8 javadoc of {@code MutableComment extends Comment} (inherited
 * getBody, getGroupLevel, getRoleLevelId) and Jira 6.x {@code MockComment} (return types); no 10.x page read.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/comments/MutableComment.html">MutableComment (Jira 7.0.8)</a>
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/6.1.5/mock/MockComment.html">MockComment (Jira 6.1.5)</a>
 */
public interface Comment {

    String getBody();

    String getGroupLevel();

    Long getRoleLevelId();

    Long getId();

    ApplicationUser getAuthorApplicationUser();

    Date getCreated();
}
