package com.atlassian.jira.web.bean;

/**
 * Declaration of Jira's pager filter (class, generic): which slice of the search results to return. Only the
 * {@code (int start, int max)} constructor and its two getters. The plugin constructs it, so, as a published value
 * holder, it keeps its arguments (a documented exception to "no behaviour", so that tests can read the page asked for).
 * Checked against: docs.atlassian.com/jira/7.2.6/.../PagerFilter.html (jira-api-facts.md D9). Unconfirmed for 10.3: no
 * 10.x page.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html">PagerFilter (Jira 7.2.6)</a>
 */
public class PagerFilter<T> {

    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
