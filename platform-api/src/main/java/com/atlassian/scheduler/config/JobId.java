package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Declaration of the scheduler's {@code JobId} ({@code @PublicApi @Immutable final class} implementing
 * {@link Serializable} and {@code Comparable<JobId>}): a wrapped string, made with {@code static JobId of(String)}.
 * <p>
 * A <em>value type</em> whose behaviour is its published contract (null rejected, equals/hashCode/compareTo on the
 * string, toString returns it), copied here so that tests can compare ids (as for {@code UserKey}). In Jira the real
 * class is used; this one is never packaged.
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html">com.atlassian.scheduler.config (atlassian-scheduler-api 1.6.0)</a>
 */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && o.getClass() == getClass() && ((JobId) o).id.equals(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
