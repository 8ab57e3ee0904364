package com.atlassian.jira.bc.user.search;

/**
 * Declaration of Jira's user search parameters (class with a nested {@code public static class Builder}, per the
 * "jira/server" javadoc). Only {@code static Builder builder()} and the builder methods the plugin calls. Methods throw
 * here, so unit tests of code that builds parameters must replace that step.
 * Unconfirmed for 10.3: the builder methods ({@code allowEmptyQuery}, {@code includeActive}, {@code includeInactive},
 * {@code canMatchEmail}, {@code maxResults(Integer)}, {@code sorted}, {@code build}) and the static {@code builder()}
 * are confirmed by usage in public plugin code and scripts only; the javadoc read shows the class, the nested Builder
 * and constructors whose last parameter is {@code Integer maxResults}.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html">UserSearchParams (jira/server)</a>
 */
public class UserSearchParams {

    private UserSearchParams() {
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    /** Declaration of the nested builder. */
    public static class Builder {

        private Builder() {
        }

        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public Builder includeActive(boolean includeActive) {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public Builder includeInactive(boolean includeInactive) {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public Builder canMatchEmail(boolean canMatchEmail) {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public Builder maxResults(Integer maxResults) {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public Builder sorted(boolean sorted) {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public UserSearchParams build() {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }
    }
}
