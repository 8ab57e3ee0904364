package org.customergroups.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.customergroups.domain.SharingSetup;
import org.customergroups.service.CustomerAdmins;
import org.customergroups.service.ShareAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The platform-api permission constants are all {@code null} in tests, so JiraPermissionSchemes reads them through
 * package-private methods that this test overrides with distinct mock keys (matched with {@code same(...)}).
 */
@ExtendWith(MockitoExtension.class)
class JiraPermissionSchemesTest {

    @Mock ProjectManager projectManager;
    @Mock CustomFieldManager customFieldManager;
    @Mock PermissionSchemeManager schemeManager;

    final ProjectPermissionKey browse = mock(ProjectPermissionKey.class);
    final ProjectPermissionKey comment = mock(ProjectPermissionKey.class);
    final CustomerGroupsCFType ourType = new CustomerGroupsCFType(mock(ShareAccess.class),
            mock(FieldVisibilityManager.class));

    final CustomerAdminsCFType adminsType = new CustomerAdminsCFType(mock(CustomerAdmins.class),
            mock(UserManager.class), mock(FieldVisibilityManager.class));

    final List<CustomField> fields = new ArrayList<>();
    final List<PermissionSchemeEntry> browseGrants = new ArrayList<>();
    final List<PermissionSchemeEntry> commentGrants = new ArrayList<>();

    JiraPermissionSchemes schemes;
    Project help;
    Scheme scheme;

    @BeforeEach
    void setUp() {
        schemes = new JiraPermissionSchemes(projectManager, customFieldManager, schemeManager) {
            @Override
            ProjectPermissionKey browseProjects() {
                return browse;
            }

            @Override
            ProjectPermissionKey addComments() {
                return comment;
            }
        };
        help = mock(Project.class);
        scheme = mock(Scheme.class);
        lenient().when(scheme.getName()).thenReturn("Helpdesk permission scheme");
        lenient().when(projectManager.getProjectObj(10000L)).thenReturn(help);
        lenient().when(schemeManager.getSchemeFor(help)).thenReturn(scheme);
        lenient().when(customFieldManager.getCustomFieldObjects()).thenReturn(fields);
        lenient().when(schemeManager.getPermissionSchemeEntries(same(scheme), same(browse))).thenReturn(browseGrants);
        lenient().when(schemeManager.getPermissionSchemeEntries(same(scheme), same(comment))).thenReturn(commentGrants);
    }

    CustomField field(long id, String name, CustomFieldType<?, ?> type) {
        CustomField f = mock(CustomField.class);
        lenient().when(f.getId()).thenReturn("customfield_" + id);
        lenient().when(f.getIdAsLong()).thenReturn(id);
        lenient().when(f.getName()).thenReturn(name);
        lenient().when(f.getCustomFieldType()).thenReturn(type);
        fields.add(f);
        return f;
    }

    static PermissionSchemeEntry grant(String type, String parameter) {
        PermissionSchemeEntry e = mock(PermissionSchemeEntry.class);
        lenient().when(e.getType()).thenReturn(type);
        lenient().when(e.getParameter()).thenReturn(parameter);
        return e;
    }

    @Test
    void bothGrantsToTheFieldMakeTheProjectReady() {
        field(10100L, "Customer Groups", ourType);
        browseGrants.add(grant("groupCF", "customfield_10100"));
        commentGrants.add(grant("groupCF", "customfield_10100"));

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertEquals(new SharingSetup("customfield_10100", "Customer Groups", "Helpdesk permission scheme", true, true),
                setup);
        assertTrue(setup.ready());
    }

    @Test
    void browseAndCommentAreToldApart() {
        assertNotSame(browse, comment); // precondition: the stand-in keys differ
        field(10100L, "Customer Groups", ourType);
        browseGrants.add(grant("groupCF", "customfield_10100"));

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertTrue(setup.browseGranted());
        assertFalse(setup.addCommentsGranted());
        assertFalse(setup.ready());
    }

    @Test
    void onlyGroupCustomFieldGrantsOfThisFieldCount() {
        CustomField other = field(10200L, "Approver groups", mock(CustomFieldType.class));
        field(10100L, "Customer Groups", ourType);
        browseGrants.add(grant("group", "customfield_10100"));       // a group that happens to have that name
        browseGrants.add(grant("groupCF", "customfield_10200"));     // another group field
        browseGrants.add(grant("userCF", "customfield_10100"));
        commentGrants.add(grant("groupCF", null));
        commentGrants.add(null);

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertEquals("customfield_10100", setup.fieldId());
        assertFalse(setup.browseGranted());
        assertFalse(setup.addCommentsGranted());
        verify(other, never()).getName();
    }

    @Test
    void withoutTheFieldNothingIsGrantedButTheSchemeIsNamed() {
        field(10200L, "Approver groups", mock(CustomFieldType.class));
        browseGrants.add(grant("groupCF", "customfield_10200"));

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertEquals(new SharingSetup(null, null, "Helpdesk permission scheme", false, false), setup);
        assertFalse(setup.fieldFound());
        verify(schemeManager, never()).getPermissionSchemeEntries(any(), any());
    }

    @Test
    void ofSeveralFieldsTheOneTheSchemeGrantsIsReported() {
        field(10100L, "Customer Groups (old)", ourType);
        field(10300L, "Customer Groups", ourType);
        browseGrants.add(grant("groupCF", "customfield_10300"));
        commentGrants.add(grant("groupCF", "customfield_10300"));

        assertEquals(new SharingSetup("customfield_10300", "Customer Groups", "Helpdesk permission scheme", true, true),
                schemes.sharingSetup(10000L));
    }

    @Test
    void ofSeveralUngrantedFieldsTheOldestIsReported() {
        field(10300L, "Customer Groups 2", ourType);
        field(10100L, "Customer Groups", ourType);

        assertEquals("customfield_10100", schemes.sharingSetup(10000L).fieldId());
    }

    @Test
    void aProjectWithoutSchemeOrAnUnknownProjectHasNoGrants() {
        field(10100L, "Customer Groups", ourType);
        Project bare = mock(Project.class);
        when(projectManager.getProjectObj(10001L)).thenReturn(bare);

        assertEquals(new SharingSetup("customfield_10100", "Customer Groups", null, false, false),
                schemes.sharingSetup(10001L));
        assertEquals(new SharingSetup("customfield_10100", "Customer Groups", null, false, false),
                schemes.sharingSetup(404L));
        verify(schemeManager, never()).getPermissionSchemeEntries(any(), any());
    }

    @Test
    void browseToUserCustomFieldValueOfTheCustomerAdminsFieldIsReported() {
        field(10100L, "Customer Groups", ourType);
        field(10300L, "Customer Admins", adminsType);
        browseGrants.add(grant("groupCF", "customfield_10100"));
        browseGrants.add(grant("userCF", "customfield_10300"));
        commentGrants.add(grant("groupCF", "customfield_10100"));

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertEquals(new SharingSetup("customfield_10100", "Customer Groups", "Helpdesk permission scheme", true, true,
                "customfield_10300", "Customer Admins", true), setup);
        assertTrue(setup.ready());
        assertTrue(setup.adminsReady());
    }

    @Test
    void theCustomerAdminsFieldWithoutItsBrowseGrantIsAnOptionalStepLeftOpen() {
        field(10100L, "Customer Groups", ourType);
        field(10300L, "Customer Admins", adminsType);
        browseGrants.add(grant("groupCF", "customfield_10100"));
        browseGrants.add(grant("groupCF", "customfield_10300"));     // the wrong holder type for a user field
        browseGrants.add(grant("userCF", "customfield_10100"));      // the wrong field
        commentGrants.add(grant("groupCF", "customfield_10100"));
        commentGrants.add(grant("userCF", "customfield_10300"));     // Add Comments does not count

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertEquals(new SharingSetup("customfield_10100", "Customer Groups", "Helpdesk permission scheme", true, true,
                "customfield_10300", "Customer Admins", false), setup);
        assertTrue(setup.ready(), "sharing stays ready without the customer-admin step");
        assertTrue(setup.adminsFieldFound());
        assertFalse(setup.adminsReady());
    }

    @Test
    void theCustomerAdminsFieldIsReadEvenWithoutACustomerGroupsField() {
        field(10300L, "Customer Admins", adminsType);
        browseGrants.add(grant("userCF", "customfield_10300"));

        SharingSetup setup = schemes.sharingSetup(10000L);

        assertEquals(new SharingSetup(null, null, "Helpdesk permission scheme", false, false,
                "customfield_10300", "Customer Admins", true), setup);
        assertFalse(setup.ready());
        verify(schemeManager, never()).getPermissionSchemeEntries(any(), same(comment));
    }

    @Test
    void ofSeveralCustomerAdminsFieldsTheGrantedOneIsReportedElseTheOldest() {
        field(10100L, "Customer Groups", ourType);
        field(10400L, "Customer Admins 2", adminsType);
        field(10300L, "Customer Admins", adminsType);

        assertEquals("customfield_10300", schemes.sharingSetup(10000L).adminsFieldId());

        browseGrants.add(grant("userCF", "customfield_10400"));
        SharingSetup setup = schemes.sharingSetup(10000L);
        assertEquals("customfield_10400", setup.adminsFieldId());
        assertEquals("Customer Admins 2", setup.adminsFieldName());
        assertTrue(setup.adminsBrowseGranted());
    }

    @Test
    void withoutACustomerAdminsFieldTheOptionalStepIsEmptyAndAProjectWithoutSchemeGrantsNothing() {
        field(10100L, "Customer Groups", ourType);
        browseGrants.add(grant("userCF", "customfield_10100"));

        SharingSetup setup = schemes.sharingSetup(10000L);
        assertNull(setup.adminsFieldId());
        assertFalse(setup.adminsFieldFound());

        field(10300L, "Customer Admins", adminsType);
        assertEquals(new SharingSetup("customfield_10100", "Customer Groups", null, false, false,
                "customfield_10300", "Customer Admins", false), schemes.sharingSetup(404L));
    }

    @Test
    void jiraFailuresBecomeIllegalState() {
        when(customFieldManager.getCustomFieldObjects()).thenThrow(new RuntimeException("db down"));

        assertThrows(IllegalStateException.class, () -> schemes.sharingSetup(10000L));
    }
}
