package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostIssueEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;
import org.customergroups.sandbox.host.ao.HostProjectEntity;
import org.customergroups.sandbox.host.ao.HostProjectRoleEntity;
import org.customergroups.sandbox.host.ao.HostUserEntity;

/** The sandbox's own tables (prefix SBX_), standing in for Jira's users, groups, projects and issues. */
public final class HostSchema {

    private HostSchema() {
    }

    public static void migrate(ActiveObjects ao) {
        ao.migrate(HostUserEntity.class, HostGroupEntity.class, HostMembershipEntity.class,
                HostProjectEntity.class, HostProjectRoleEntity.class, HostIssueEntity.class);
    }
}
