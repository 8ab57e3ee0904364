package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.customergroups.sandbox.host.ao.HostAttachmentEntity;
import org.customergroups.sandbox.host.ao.HostCommentEntity;
import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostIssueEntity;
import org.customergroups.sandbox.host.ao.HostIssueGroupEntity;
import org.customergroups.sandbox.host.ao.HostMailEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;
import org.customergroups.sandbox.host.ao.HostProjectEntity;
import org.customergroups.sandbox.host.ao.HostProjectRoleEntity;
import org.customergroups.sandbox.host.ao.HostUserEntity;
import org.customergroups.sandbox.host.ao.HostUserPropertyEntity;

import java.util.List;

/**
 * The sandbox's own tables (prefix SBX_), standing in for Jira's users, groups, projects, issues,
 * comments and mail queue, attachments, and the Customer Groups field's index rows.
 */
public final class HostSchema {

    private HostSchema() {
    }

    /** Every host entity, in migration order. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(HostUserEntity.class,
            HostGroupEntity.class, HostMembershipEntity.class, HostProjectEntity.class, HostProjectRoleEntity.class,
            HostIssueEntity.class, HostCommentEntity.class, HostMailEntity.class, HostUserPropertyEntity.class,
            HostAttachmentEntity.class, HostIssueGroupEntity.class);

    @SuppressWarnings("unchecked")
    public static void migrate(ActiveObjects ao) {
        ao.migrate(ENTITIES.toArray(new Class[0]));
    }
}
