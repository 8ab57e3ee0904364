package org.customergroups.service;

import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.SharingSetup;
import org.customergroups.port.PermissionSchemes;
import org.customergroups.port.Projects;

/**
 * Whether Jira will let members of shared groups in: the Customer Groups field and the project's permission
 * scheme grants of Browse Projects and Add Comments to it. Shown on the project's Customer Groups page, so it
 * follows who may see the catalog.
 */
public final class SharingSetupService {

    private final Projects projects;
    private final PermissionSchemes schemes;
    private final GroupAccess access;

    public SharingSetupService(Projects projects, PermissionSchemes schemes, GroupAccess access) {
        this.projects = projects;
        this.schemes = schemes;
        this.access = access;
    }

    public SharingSetup of(String actor, String projectKey) {
        ProjectRef project = Lookups.project(projects, projectKey);
        access.requireSeeCatalog(actor, project.id(), project.key());
        return schemes.sharingSetup(project.id());
    }
}
