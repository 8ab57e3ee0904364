package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.customergroups.service.ShareAccess;
import org.customergroups.web.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CustomerGroupsCFTypeTest {

    @Mock ShareAccess shareAccess;
    @Mock FieldVisibilityManager visibility;
    @Mock CustomField field;

    CustomerGroupsCFType type;

    @BeforeEach
    void setUp() {
        type = new CustomerGroupsCFType(shareAccess, visibility);
    }

    static Issue issue(Long id) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getId()).thenReturn(id);
        return issue;
    }

    @Test
    void theValueIsTheSharedGroupNamesAsTheStoreHasThem() {
        when(shareAccess.sharedGroupNames(10001L)).thenReturn(List.of("Acme", "globex-admins"));

        assertEquals(List.of("Acme", "globex-admins"), type.getValueFromIssue(field, issue(10001L)));
    }

    @Test
    void theValueIsACopyNotTheStoresList() {
        List<String> names = new ArrayList<>(List.of("Acme"));
        when(shareAccess.sharedGroupNames(10001L)).thenReturn(names);

        Collection<String> value = type.getValueFromIssue(field, issue(10001L));
        names.add("Initech");

        assertEquals(List.of("Acme"), List.copyOf(value));
        assertThrows(UnsupportedOperationException.class, () -> value.add("x"));
    }

    @Test
    void anIssueSharedWithNoGroupHasNoValue() {
        when(shareAccess.sharedGroupNames(10001L)).thenReturn(List.of());

        assertNull(type.getValueFromIssue(field, issue(10001L)));
    }

    @Test
    void theCreateScreenHasNoValueAndDoesNotAskTheStore() {
        assertNull(type.getValueFromIssue(field, issue(null)));
        assertNull(type.getValueFromIssue(field, null));
        verify(shareAccess, never()).sharedGroupNames(anyLong());
    }

    @Test
    void singularObjectsAreTheNamesThemselves() {
        assertEquals("Acme Corp", type.getStringFromSingularObject("Acme Corp"));
        assertEquals("Acme Corp", type.getSingularObjectFromString("Acme Corp"));
        assertNull(type.getSingularObjectFromString(null));
    }

    @Test
    void identifiersAreTheNameAndItsLowerCaseOnce() {
        assertEquals(List.of("Acme", "acme"), type.getIdentifiersForGroup("Acme"));
        assertEquals(List.of("acme"), type.getIdentifiersForGroup("acme"));
        assertEquals(List.of("\u0130stanbul", "i\u0307stanbul"), type.getIdentifiersForGroup("\u0130stanbul"));
        assertEquals(List.of(), type.getIdentifiersForGroup(null));
    }

    @Test
    void theOneRelatedIndexerWritesUnderTheFieldsId() {
        when(field.getId()).thenReturn("customfield_10100");

        List<FieldIndexer> indexers = type.getRelatedIndexers(field);

        assertEquals(1, indexers.size());
        CustomerGroupsIndexer indexer = assertInstanceOf(CustomerGroupsIndexer.class, indexers.get(0));
        assertEquals("customfield_10100", indexer.getDocumentFieldId());
    }

    @Test
    void theTemplatesGetThePluginsEscaper() {
        Map<String, Object> params = type.getVelocityParameters(issue(1L), field, null);

        assertInstanceOf(Html.class, params.get("html"));
        assertEquals(1, params.size());
    }

    /** The descriptor's view templates, rendered by a real Velocity engine with what Jira passes in. */
    @Nested
    class Templates {

        static final String VIEW = "templates/customergroups/field-view.vm";
        static final String COLUMN = "templates/customergroups/field-column-view.vm";

        final VelocityEngine engine = new VelocityEngine();

        @BeforeEach
        void startVelocity() {
            Properties p = new Properties();
            p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
            p.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
            p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
            p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
            p.setProperty(RuntimeConstants.VM_LIBRARY, "");
            p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
            engine.init(p);
        }

        String render(String template, Collection<String> value) {
            VelocityContext context = new VelocityContext();
            context.put("value", value);
            type.getVelocityParameters(issue(1L), field, null).forEach(context::put);
            StringWriter out = new StringWriter();
            engine.mergeTemplate(template, "UTF-8", context, out);
            return out.toString().trim();
        }

        @Test
        void theViewListsTheNamesEscaped() {
            assertEquals("<span class=\"cg-customer-groups\">Acme, &lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;</span>",
                    render(VIEW, List.of("Acme", "<b>Tom & Jerry's</b>")));
        }

        @Test
        void theColumnViewIsCommaSeparatedEscapedText() {
            assertEquals("Acme, Globex, &quot;Initech&quot;", render(COLUMN, List.of("Acme", "Globex", "\"Initech\"")));
            assertEquals("Acme", render(COLUMN, List.of("Acme")));
        }

        @Test
        void noValueRendersNothing() {
            assertEquals("", render(VIEW, null));
            assertEquals("", render(COLUMN, null));
        }
    }
}
