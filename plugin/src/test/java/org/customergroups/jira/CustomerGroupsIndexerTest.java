package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.customergroups.service.ShareAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The indexer on a real Lucene {@link Document}: the terms JQL and "Group custom field value" search for. */
@ExtendWith(MockitoExtension.class)
class CustomerGroupsIndexerTest {

    static final String FIELD_ID = "customfield_10100";

    @Mock ShareAccess shareAccess;
    @Mock FieldVisibilityManager visibility;
    @Mock CustomField field;

    CustomerGroupsIndexer indexer;
    Document doc;

    @BeforeEach
    void setUp() {
        lenient().when(field.getId()).thenReturn(FIELD_ID);
        indexer = new CustomerGroupsIndexer(visibility, field, shareAccess);
        doc = new Document();
    }

    static Issue issue(Long id) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getId()).thenReturn(id);
        return issue;
    }

    List<String> values(String name) {
        return Arrays.asList(doc.getValues(name));
    }

    @Test
    void eachNameIsIndexedExactlyAndLowerCased() {
        when(shareAccess.sharedGroupNames(7L)).thenReturn(List.of("Acme Corp", "globex"));

        indexer.addDocumentFieldsSearchable(doc, issue(7L));

        assertEquals(List.of("Acme Corp", "acme corp", "globex"), values(FIELD_ID));
        assertEquals(3, doc.getFields().size(), "nothing but the field's own terms");
    }

    @Test
    void theTermsAreSingleUntokenizedUnstoredIndexedValues() {
        when(shareAccess.sharedGroupNames(7L)).thenReturn(List.of("Acme Corp"));

        indexer.addDocumentFieldsSearchable(doc, issue(7L));

        for (IndexableField f : doc.getFields(FIELD_ID)) {
            assertFalse(f.fieldType().tokenized(), f + " is tokenized: \"Acme Corp\" would not match as one term");
            assertFalse(f.fieldType().stored(), f + " is stored");
            assertNotEquals(IndexOptions.NONE, f.fieldType().indexOptions(), f + " is not indexed");
        }
    }

    @Test
    void theTermsAreExactlyTheIdentifiersJiraSearchesForEachGroup() {
        CustomerGroupsCFType type = new CustomerGroupsCFType(shareAccess, visibility);
        when(shareAccess.sharedGroupNames(7L)).thenReturn(List.of("Acme", "support-EU"));

        indexer.addDocumentFieldsSearchable(doc, issue(7L));

        List<String> expected = List.of("Acme", "support-EU").stream()
                .flatMap(g -> type.getIdentifiersForGroup(g).stream()).toList();
        assertEquals(expected, values(FIELD_ID));
        assertTrue(values(FIELD_ID).containsAll(type.getIdentifiersForGroup("support-EU")));
    }

    @Test
    void anIssueWithoutSharesOrIdGetsNoField() {
        when(shareAccess.sharedGroupNames(8L)).thenReturn(List.of());

        indexer.addDocumentFieldsSearchable(doc, issue(8L));
        indexer.addDocumentFieldsSearchable(doc, issue(null));
        indexer.addDocumentFieldsSearchable(doc, null);

        assertTrue(doc.getFields().isEmpty());
    }

    @Test
    void aFieldHiddenForTheIssueWritesNothingAndAsksNothing() {
        indexer.addDocumentFieldsNotSearchable(doc, issue(7L));

        assertTrue(doc.getFields().isEmpty());
        verify(shareAccess, never()).sharedGroupNames(anyLong());
    }
}
