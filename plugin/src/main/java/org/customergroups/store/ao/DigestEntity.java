package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.customergroups.domain.NoticeKind;

import java.util.Date;

/**
 * One notice waiting for a subscriber's daily digest (table {@code AO_<hash>_DIGEST_ENTRY}): the recipient's user
 * key and the fields of the notice, copied so that the digest tells what happened then even if the issue changed
 * since. Rows live until the digest is sent. {@code USER_KEY} is indexed: it serves both the list of waiting users
 * (in key order) and each user's notices. {@code COMMENT_TEXT} is an unlimited column (a comment can be longer than
 * AO's longest VARCHAR) and never filtered on; {@code COMMENT} alone is reserved on Oracle.
 */
@Preload
@Table("DIGEST_ENTRY")
public interface DigestEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String NOTICE_KIND = "NOTICE_KIND";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String SUMMARY = "SUMMARY";
    String ACTOR_NAME = "ACTOR_NAME";
    String COMMENT_TEXT = "COMMENT_TEXT";
    String FROM_STATUS = "FROM_STATUS";
    String TO_STATUS = "TO_STATUS";
    String GROUP_NAME = "GROUP_NAME";
    String AT = "AT";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** Stored as the constant's name (VARCHAR). */
    @NotNull
    NoticeKind getNoticeKind();

    void setNoticeKind(NoticeKind kind);

    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getSummary();

    void setSummary(String summary);

    String getActorName();

    void setActorName(String actorName);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String comment);

    String getFromStatus();

    void setFromStatus(String status);

    String getToStatus();

    void setToStatus(String status);

    String getGroupName();

    void setGroupName(String groupName);

    @NotNull
    Date getAt();

    void setAt(Date at);
}
