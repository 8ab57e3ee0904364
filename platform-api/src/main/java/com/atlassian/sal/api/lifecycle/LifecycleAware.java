package com.atlassian.sal.api.lifecycle;

/**
 * Declaration of SAL's lifecycle callback (interface): {@code onStart()} runs once the host application and plugin
 * system are up (or when the plugin is enabled later), {@code onStop()} only if {@code onStart()} ran, before the
 * plugin is disabled or the framework shuts down. The component must be exported as an OSGi service with
 * {@code LifecycleAware} as a declared interface (SAL 3.0 javadoc: Spring Scanner's {@code @ExportAsService}, or a
 * public {@code <component>}, which the plugin transformer turns into an {@code <osgi:service>}; a transformerless
 * plugin with hand-written Spring XML declares that {@code <osgi:service>} itself).
 * Unconfirmed for 10.3: checked against the SAL 3.0.0 javadoc (both methods, export rule); the SAL version shipped
 * with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html">LifecycleAware (SAL 3.0.0)</a>
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
