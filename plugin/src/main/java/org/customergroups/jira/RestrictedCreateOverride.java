package org.customergroups.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.security.plugin.ProjectPermissionOverride;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.service.RestrictionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's {@code project-permission-override} module for restricted projects: DENY Create Issues in a restricted
 * project to a user the plugin would refuse (not a project agent, not in an Authorized Reporters group; anonymous
 * users too), so Jira's own create screens, REST and e-mail handlers follow the same list as the plugin's form and
 * portal. ABSTAIN for every other permission and project, and for the project lead (the account the plugin's own,
 * already checked, create path runs as): the permission scheme decides. An override can only take
 * permissions away, so granting Create Issues to reporters stays the permission scheme's job.
 * <p>
 * Jira asks this on every Create Issues check (create dialog, project pickers), so it answers from
 * {@link RestrictionService#mayCreate}; a fault is logged and counts as ABSTAIN. Whether Jira 10.3 consults
 * overrides for CREATE_ISSUES is not confirmed (docs/platform-api.md).
 */
public class RestrictedCreateOverride implements ProjectPermissionOverride {

    static final String SUMMARY = "cg.jira.portal.restricted.summary";
    static final String DETAILS = "cg.jira.portal.restricted.details";

    private static final Logger LOG = LoggerFactory.getLogger(RestrictedCreateOverride.class);

    private final RestrictionService restrictionService;

    public RestrictedCreateOverride(RestrictionService restrictionService) {
        this.restrictionService = restrictionService;
    }

    @Override
    public Decision hasPermission(ProjectPermissionKey key, Project project, ApplicationUser user) {
        if (key == null || project == null || project.getId() == null || !key.equals(createIssues())) {
            return Decision.ABSTAIN;
        }
        try {
            String userKey = user == null ? null : user.getKey();
            // JiraRequests creates the portal's and forms' requests as the project lead, after the plugin's own check.
            if (userKey != null && userKey.equals(project.getLeadUserKey())) {
                return Decision.ABSTAIN;
            }
            return restrictionService.mayCreate(userKey, project.getId()) ? Decision.ABSTAIN : Decision.DENY;
        } catch (RuntimeException e) {
            LOG.error("Customer Groups: could not check the Authorized Reporters of project {}; Jira's permission "
                    + "scheme decides", project.getKey(), e);
            return Decision.ABSTAIN;
        }
    }

    @Override
    public Reason getReason(ProjectPermissionKey key, Project project, ApplicationUser user) {
        return new Reason(SUMMARY, DETAILS);
    }

    /** Package-private so that tests, where the platform-api constants are null, can supply a key. */
    ProjectPermissionKey createIssues() {
        return ProjectPermissions.CREATE_ISSUES;
    }
}
