package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.customergroups.sandbox.host.ProjectRole;

/** A user's role in a project (project administrator or agent). */
@Table("PROJECT_ROLE")
public interface HostProjectRoleEntity extends Entity {

    String PROJECT_KEY = "PROJECT_KEY";
    String USERNAME = "USERNAME";
    String ROLE = "ROLE";

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    String getUsername();

    void setUsername(String username);

    @NotNull
    ProjectRole getRole();

    void setRole(ProjectRole role);
}
