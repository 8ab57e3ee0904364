package com.atlassian.jira.security.plugin;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of Jira's {@code project-permission-override} plugin point (interface): it can only take a project
 * permission away (DENY) or leave the decision to the permission scheme (ABSTAIN); it cannot override BROWSE or global
 * permissions. Checked against: Jira's own {@code CantCommentProjectPermissionOverride} (reference plugin source) and
 * {@code ProjectPermissionOverrideModuleDescriptorImpl} in public code. Unconfirmed for 10.3: no 10.x javadoc page;
 * whether Jira consults overrides for CREATE_ISSUES is not stated anywhere read.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/plugin/ProjectPermissionOverride.html">ProjectPermissionOverride (DAC javadoc, per reference)</a>
 */
public interface ProjectPermissionOverride {

    enum Decision {
        DENY,
        ABSTAIN
    }

    Decision hasPermission(ProjectPermissionKey projectPermissionKey, Project project, ApplicationUser applicationUser);

    Reason getReason(ProjectPermissionKey projectPermissionKey, Project project, ApplicationUser applicationUser);

    /**
     * Jira's nested value class ({@code @ExperimentalApi}): i18n keys of a short and a detailed explanation. The
     * constructor and getters keep their arguments, as the published value type does (a documented exception to
     * "no behaviour").
     */
    class Reason {

        private final String summary;
        private final String details;

        public Reason(String summaryI18nKey, String detailsI18nKey) {
            this.summary = summaryI18nKey;
            this.details = detailsI18nKey;
        }

        public String getSummary() {
            return summary;
        }

        public String getDetails() {
            return details;
        }
    }
}
