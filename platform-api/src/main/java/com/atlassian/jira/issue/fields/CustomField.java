package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Declaration of a Jira custom field (interface). Only the members in jira-api-facts.md §1a:
 * {@code getId()} ({@code "customfield_10000"}), {@code Long getIdAsLong()}, {@code getName()},
 * {@code getCustomFieldType()}, {@code getCustomFieldSearcher()}, {@code Object getValue(Issue)}.
 * Unconfirmed for 10.3: per Jira 6.x sources (reference C6); no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html">CustomFieldType (Jira 10.2.0), which receives it</a>
 */
public interface CustomField {

    String getId();

    Long getIdAsLong();

    String getName();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();

    CustomFieldSearcher getCustomFieldSearcher();

    Object getValue(Issue issue);
}
