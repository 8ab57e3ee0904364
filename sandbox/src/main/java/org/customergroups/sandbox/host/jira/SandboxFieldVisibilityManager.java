package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Jira's FieldVisibilityManager, which the plugin's field type only hands to its indexer. The
 * declaration has no members; every sandbox field is visible everywhere.
 */
public final class SandboxFieldVisibilityManager implements FieldVisibilityManager {
}
