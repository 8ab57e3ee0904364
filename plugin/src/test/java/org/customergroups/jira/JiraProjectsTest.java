package org.customergroups.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.customergroups.domain.ProjectRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraProjectsTest {

    @Mock ProjectManager projectManager;

    Project project(long id, String key, String name) {
        Project p = mock(Project.class);
        lenient().when(p.getId()).thenReturn(id);
        lenient().when(p.getKey()).thenReturn(key);
        lenient().when(p.getName()).thenReturn(name);
        lenient().when(projectManager.getProjectObj(id)).thenReturn(p);
        return p;
    }

    @Test
    void byKeyMapsTheProjectAndTrimsTheKey() {
        Project help = project(10000L, "HELP", "Helpdesk");
        when(projectManager.getProjectObjByKey("HELP")).thenReturn(help);

        JiraProjects projects = new JiraProjects(projectManager);

        assertEquals(Optional.of(new ProjectRef(10000L, "HELP", "Helpdesk")), projects.byKey(" HELP "));
        assertEquals(Optional.empty(), projects.byKey("NOPE"));
    }

    @Test
    void aBlankKeyIsNotLookedUp() {
        JiraProjects projects = new JiraProjects(projectManager);

        assertEquals(Optional.empty(), projects.byKey(" "));
        assertEquals(Optional.empty(), projects.byKey(null));
        verify(projectManager, never()).getProjectObjByKey(anyString());
    }

    @Test
    void byIdMapsOrIsEmpty() {
        project(10001L, "SALES", "Sales");
        JiraProjects projects = new JiraProjects(projectManager);

        assertEquals(Optional.of(new ProjectRef(10001L, "SALES", "Sales")), projects.byId(10001L));
        assertEquals(Optional.empty(), projects.byId(99L));
    }

    @Test
    void byIdsSkipsUnknownIdsAndDuplicatesAndOrdersByKey() {
        project(1L, "SALES", "Sales");
        project(2L, "HELP", "Helpdesk");
        project(3L, "ADMIN", "Admin");
        JiraProjects projects = new JiraProjects(projectManager);

        List<ProjectRef> refs = projects.byIds(Arrays.asList(1L, 2L, 99L, 1L, null, 3L));

        assertEquals(List.of("ADMIN", "HELP", "SALES"), refs.stream().map(ProjectRef::key).toList());
        verify(projectManager).getProjectObj(1L);
    }

    @Test
    void jiraFailuresBecomeIllegalState() {
        when(projectManager.getProjectObj(5L)).thenThrow(new RuntimeException("db down"));

        assertThrows(IllegalStateException.class, () -> new JiraProjects(projectManager).byId(5L));
    }
}
