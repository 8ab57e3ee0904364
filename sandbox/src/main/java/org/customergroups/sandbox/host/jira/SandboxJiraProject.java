package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's {@link Project} for a sandbox project (id = its row id). */
public record SandboxJiraProject(long id, String key, String name, ApplicationUser lead) implements Project {

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getLeadUserKey() {
        return lead == null ? null : lead.getKey();
    }

    @Override
    public ApplicationUser getProjectLead() {
        return lead;
    }
}
