package org.customergroups.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.customergroups.service.DefaultGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the default groups (Customers, Customer Admins, Verified Customers) when the plugin starts: SAL calls
 * {@link #onStart()} once Jira and the plugin are up, on every node and whenever the plugin is enabled later (for that
 * this bean is exported as a {@link LifecycleAware} OSGi service in plugin-context.xml). {@link DefaultGroups#ensure()}
 * is idempotent and safe when nodes start together. It uses no Jira API itself, so the sandbox starts it too.
 */
public class DefaultGroupsStartup implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultGroupsStartup.class);

    private final DefaultGroups defaultGroups;

    public DefaultGroupsStartup(DefaultGroups defaultGroups) {
        this.defaultGroups = defaultGroups;
    }

    @Override
    public void onStart() {
        try {
            defaultGroups.ensure();
        } catch (RuntimeException e) {
            // Never fail the plugin's start: the next start (or enable) tries again.
            LOG.error("Could not create the default customer groups", e);
        }
    }

    @Override
    public void onStop() {
        // Nothing to release.
    }
}
