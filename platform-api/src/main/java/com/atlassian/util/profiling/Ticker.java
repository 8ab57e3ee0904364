package com.atlassian.util.profiling;

/**
 * Active Objects runtime no-op companion of {@link Metrics}: AO closes the ticker after each query
 * ({@code invokeinterface Ticker.close()V}). In Jira the real interface is used; never packaged.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-profiling/">atlassian-profiling</a>
 */
public interface Ticker extends AutoCloseable {

    Ticker NO_OP = () -> { };

    @Override
    void close();
}
