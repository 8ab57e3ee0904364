package com.atlassian.util.profiling;

/**
 * Active Objects runtime no-op (one of the two named in the design): AO 6.1.1's EntityManager times
 * every query with atlassian-profiling, which Jira provides and Maven Central does not. Outside Jira
 * (tests, sandbox) these no-ops let EntityManager run. Signatures match the call sites in
 * {@code net.java.ao.EntityManager} (javap): static {@code metric(String)}, and a nested class
 * {@code Builder} with {@code tag}, {@code withAnalytics}, {@code invokerPluginKey}, {@code startTimer}.
 * In Jira the real class is used; this one is never packaged.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-profiling/">atlassian-profiling</a>
 */
public final class Metrics {

    private static final Builder NO_OP = new Builder();

    private Metrics() {
    }

    public static Builder metric(String name) {
        return NO_OP;
    }

    /** No-op builder: every call returns itself; the timer it starts measures nothing. */
    public static final class Builder {

        private Builder() {
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}
