package org.customergroups.jira;

import org.customergroups.service.DefaultGroups;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** SAL's start creates the default groups; a failure is logged, never thrown into the plugin's start. */
class DefaultGroupsStartupTest {

    private final DefaultGroups defaultGroups = mock(DefaultGroups.class);
    private final DefaultGroupsStartup startup = new DefaultGroupsStartup(defaultGroups);

    @Test
    void startEnsuresTheDefaultGroups() {
        startup.onStart();
        verify(defaultGroups).ensure();
    }

    @Test
    void aFailureDoesNotStopThePlugin() {
        doThrow(new IllegalStateException("directory is read-only")).when(defaultGroups).ensure();
        startup.onStart();
        verify(defaultGroups).ensure();
    }

    @Test
    void stopDoesNothing() {
        startup.onStop();
        verifyNoInteractions(defaultGroups);
    }
}
