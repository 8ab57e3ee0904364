package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox user account. {@code licensed = false} is a reporter (customer) account. */
@Table("USER")
public interface HostUserEntity extends Entity {

    String USERNAME = "USERNAME";
    String DISPLAY_NAME = "DISPLAY_NAME";
    String EMAIL = "EMAIL";
    String JIRA_ADMIN = "JIRA_ADMIN";
    String LICENSED = "LICENSED";

    @NotNull
    @Unique
    String getUsername();

    void setUsername(String username);

    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    String getEmail();

    void setEmail(String email);

    @NotNull
    boolean isJiraAdmin();

    void setJiraAdmin(boolean jiraAdmin);

    @NotNull
    boolean isLicensed();

    void setLicensed(boolean licensed);
}
