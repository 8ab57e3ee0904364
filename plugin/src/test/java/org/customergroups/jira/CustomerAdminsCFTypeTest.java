package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.UserField;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.customergroups.domain.AccountType;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.service.CustomerAdmins;
import org.customergroups.web.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Customer Admins field type and its indexer: the value Jira's "User custom field value" permission reads live
 * (Jira users), and the terms its search filter looks for (user keys under the field id), on a real Lucene document.
 */
@ExtendWith(MockitoExtension.class)
class CustomerAdminsCFTypeTest {

    static final String FIELD_ID = "customfield_10300";
    static final IssueRef HELP_1 = new IssueRef(10001L, "HELP-1", 10000L, "HELP", "JIRAUSER10100", "alice");

    @Mock CustomerAdmins customerAdmins;
    @Mock UserManager userManager;
    @Mock FieldVisibilityManager visibility;
    @Mock CustomField field;

    CustomerAdminsCFType type;
    final ApplicationUser bob = user("JIRAUSER10200", "bob", "Bob <Boss>");
    final ApplicationUser carol = user("JIRAUSER10300", "carol", "Carol & Co");

    @BeforeEach
    void setUp() {
        type = new CustomerAdminsCFType(customerAdmins, userManager, visibility);
        lenient().when(field.getId()).thenReturn(FIELD_ID);
        lenient().when(userManager.getUserByKey("JIRAUSER10200")).thenReturn(bob);
        lenient().when(userManager.getUserByKey("JIRAUSER10300")).thenReturn(carol);
    }

    static ApplicationUser user(String key, String username, String displayName) {
        ApplicationUser u = mock(ApplicationUser.class);
        lenient().when(u.getKey()).thenReturn(key);
        lenient().when(u.getUsername()).thenReturn(username);
        lenient().when(u.getDisplayName()).thenReturn(displayName);
        return u;
    }

    static Issue issue(Long id) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn("HELP-1");
        Project help = mock(Project.class);
        lenient().when(help.getId()).thenReturn(10000L);
        lenient().when(help.getKey()).thenReturn("HELP");
        lenient().when(issue.getProjectObject()).thenReturn(help);
        ApplicationUser alice = user("JIRAUSER10100", "alice", "Alice");
        lenient().when(issue.getReporter()).thenReturn(alice);
        return issue;
    }

    static UserSummary summary(String key, String username) {
        return new UserSummary(key, username, username, username + "@acme.example", AccountType.REPORTER);
    }

    @Test
    void isAUserFieldForTheUserCustomFieldValuePermission() {
        assertInstanceOf(UserField.class, type);
    }

    @Test
    void theValueIsTheIssuesCustomerAdminsAsJiraUsers() {
        when(customerAdmins.adminsOf(HELP_1)).thenReturn(List.of(summary("JIRAUSER10200", "bob"),
                summary("JIRAUSER10300", "carol")));

        Collection<ApplicationUser> value = type.getValueFromIssue(field, issue(10001L));

        assertEquals(List.of(bob, carol), List.copyOf(value), "the service's order, the host's user objects");
    }

    @Test
    void noAdminsNoIssueIdOrAnUnknownKeyGiveNoValue() {
        when(customerAdmins.adminsOf(HELP_1)).thenReturn(List.of());
        assertNull(type.getValueFromIssue(field, issue(10001L)), "Jira hides an empty field");
        assertNull(type.getValueFromIssue(field, issue(null)), "the create screen");
        assertNull(type.getValueFromIssue(field, null));
        verify(customerAdmins, never()).adminsOf(org.mockito.ArgumentMatchers.argThat(r -> r.id() != 10001L));

        when(customerAdmins.adminsOf(HELP_1)).thenReturn(List.of(summary("JIRAUSER-gone", "gone")));
        assertNull(type.getValueFromIssue(field, issue(10001L)), "a user deleted in between is left out");
    }

    @Test
    void usersConvertToAndFromTheirKeys() {
        assertEquals("JIRAUSER10200", type.getStringFromSingularObject(bob));
        assertNull(type.getStringFromSingularObject(null));
        assertSame(bob, type.getSingularObjectFromString("JIRAUSER10200"));
        assertNull(type.getSingularObjectFromString(null));
    }

    @Test
    void theIndexerWritesEachAdminsKeyAsOneUntokenizedUnstoredTerm() {
        when(customerAdmins.adminsOf(HELP_1)).thenReturn(List.of(summary("JIRAUSER10200", "bob"),
                summary("JIRAUSER10300", "carol")));
        List<FieldIndexer> indexers = type.getRelatedIndexers(field);
        assertEquals(1, indexers.size());
        CustomerAdminsIndexer indexer = assertInstanceOf(CustomerAdminsIndexer.class, indexers.get(0));
        Document doc = new Document();

        indexer.addDocumentFieldsSearchable(doc, issue(10001L));

        // Jira's user-field permission filter: TermQuery(customfield_N, searcher's user key).
        assertEquals(List.of("JIRAUSER10200", "JIRAUSER10300"), Arrays.asList(doc.getValues(FIELD_ID)));
        assertEquals(2, doc.getFields().size());
        for (IndexableField f : doc.getFields(FIELD_ID)) {
            assertFalse(f.fieldType().tokenized());
            assertFalse(f.fieldType().stored());
            assertNotEquals(IndexOptions.NONE, f.fieldType().indexOptions());
        }
        Document hidden = new Document();
        indexer.addDocumentFieldsNotSearchable(hidden, issue(10001L));
        assertTrue(hidden.getFields().isEmpty(), "a hidden field is not searchable");
        Document none = new Document();
        indexer.addDocumentFieldsSearchable(none, issue(null));
        assertTrue(none.getFields().isEmpty());
    }

    @Test
    void theViewEscapesEveryDisplayName() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        p.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        VelocityEngine engine = new VelocityEngine();
        engine.init(p);
        var params = type.getVelocityParameters(issue(1L), field, null);
        assertInstanceOf(Html.class, params.get("html"));

        assertEquals("<span class=\"cg-customer-admins\">Bob &lt;Boss&gt;, Carol &amp; Co</span>",
                render(engine, params, List.of(bob, carol)));
        assertEquals("", render(engine, params, null));
        verify(userManager, never()).getUserByKey(any());
    }

    private static String render(VelocityEngine engine, java.util.Map<String, Object> params,
                                 Collection<ApplicationUser> value) {
        VelocityContext context = new VelocityContext();
        context.put("value", value);
        params.forEach(context::put);
        StringWriter out = new StringWriter();
        engine.mergeTemplate("templates/customergroups/customer-admins-view.vm", "UTF-8", context, out);
        return out.toString().strip();
    }
}
