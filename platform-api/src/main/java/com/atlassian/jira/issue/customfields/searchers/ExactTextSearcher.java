package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Declaration of Jira's exact-text custom field searcher ({@code @PublicApi @PublicSpi} class implementing
 * {@link CustomFieldSearcher}; in Jira it extends AbstractInitializationCustomFieldSearcher, not declared here). The
 * plugin never calls it: the descriptor's {@code customfield-searcher} names it and Jira instantiates it, so only the
 * kind, supertype and public constructor matter (the descriptor lint checks them). JQL {@code field = "value"} becomes
 * an exact term query on the field id against the values the field's own indexer wrote.
 * Checked against the Jira 6.x source ({@code (JqlOperandResolver, CustomFieldInputHelper, FieldVisibilityManager)});
 * the same constructor is used with Jira 10.3.0 (jira-api-facts.md §1b, [C2]).
 * Unconfirmed for 10.3: no 10.x javadoc page read.
 *
 * @see <a href="https://github.com/alanmosely/jira-watcher-field-plugin">jira-watcher-field-plugin (Jira 10.3.0), which uses it as a plugin field's searcher</a>
 */
public class ExactTextSearcher implements CustomFieldSearcher {

    public ExactTextSearcher(JqlOperandResolver jqlOperandResolver, CustomFieldInputHelper customFieldInputHelper,
                             FieldVisibilityManager fieldVisibilityManager) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
