package com.atlassian.activeobjects.external;

/**
 * Declaration of an Active Objects upgrade task (interface, implemented by the plugin and listed as
 * {@code <upgradeTask>} in the {@code <ao>} module). If {@code upgrade} throws, later tasks do not run and this one
 * is retried next time (javadoc).
 * Unconfirmed for 10.3: checked against AO plugin 2.0.1 javadoc; the AO version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html">ActiveObjectsUpgradeTask (AO plugin 2.0.1)</a>
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
