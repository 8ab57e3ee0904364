package com.atlassian.sal.api.lifecycle;

/**
 * Declaration of SAL's lifecycle callback (interface): {@code onStart()} runs once the host application and plugin
 * system are up, {@code onStop()} only if {@code onStart()} ran. The component must be exported as a
 * LifecycleAware OSGi service to be called.
 * Unconfirmed for 10.3: taken from the SAL 3.0 javadoc as summarised in jira-portal-and-admin-recipes.md §6;
 * no page was re-opened for this declaration.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/2.12.1/sal-api/apidocs/overview-frame.html">sal-api packages (lifecycle package listed)</a>
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
