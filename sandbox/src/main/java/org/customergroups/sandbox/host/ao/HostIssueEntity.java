package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A ticket. Timestamps are CREATED/UPDATED (never date-part names, which some databases reserve). */
@Table("ISSUE")
public interface HostIssueEntity extends Entity {

    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String SUMMARY = "SUMMARY";
    String DESCRIPTION = "DESCRIPTION";
    String REPORTER = "REPORTER";
    String STATUS = "STATUS";
    String CREATED = "CREATED";
    String UPDATED = "UPDATED";

    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** Username of the reporter. */
    @NotNull
    @Indexed
    String getReporter();

    void setReporter(String reporter);

    @NotNull
    String getStatus();

    void setStatus(String status);

    @NotNull
    Date getCreated();

    void setCreated(Date created);

    @NotNull
    Date getUpdated();

    void setUpdated(Date updated);
}
