package com.atlassian.activeobjects.external;

/**
 * Declaration of Active Objects' model version: a {@code final class} implementing {@code Comparable<ModelVersion>}
 * over an {@code int}, with a private constructor, {@code static valueOf(String)} (null gives version 0),
 * {@code isOlderThan}, {@code isNewerThan}, {@code isSame}, {@code compareTo} and {@code toString}.
 * <p>
 * Like {@code UserKey}, this is a <em>value type</em> whose behaviour is its published contract, copied here from the
 * AO source so that the upgrade-task tests can construct and compare versions. Note that the published class does
 * <b>not</b> override {@code equals}/{@code hashCode}: compare with {@link #isSame}, never {@code equals}.
 * In Jira the real class is used; this one is never packaged.
 * Unconfirmed for 10.3: checked against AO plugin 2.0.1 source; the AO version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html">ModelVersion source (AO plugin 2.0.1)</a>
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return version - mv.version;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    public static ModelVersion valueOf(String s) {
        return s == null ? new ModelVersion(0) : new ModelVersion(Integer.parseInt(s));
    }
}
