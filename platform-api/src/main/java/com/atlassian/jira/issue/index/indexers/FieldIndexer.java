package com.atlassian.jira.issue.index.indexers;

/**
 * Declaration of Jira's (legacy) field indexer (interface), minimal: declared as the element type of
 * {@code CustomFieldType.getRelatedIndexers} and the supertype of {@code AbstractCustomFieldIndexer}.
 * Deprecated from Jira 10.4, replaced in Jira 11 (field recipe fact 15).
 * Unconfirmed for 10.3: its members are not declared; main method since 8.10 is
 * {@code addIndex(Document, Issue, CustomFieldPrefetchedData)} (8.13.6 javadoc).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/8.13.6/com/atlassian/jira/issue/index/indexers/FieldIndexer.html">FieldIndexer (Jira 8.13.6, per field recipe)</a>
 */
public interface FieldIndexer {
}
