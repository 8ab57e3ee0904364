package org.customergroups.web;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagesTest {

    @Test
    void theLoginComesBackToThePathAndQueryAsSent() {
        assertEquals(URI.create("/jira/plugins/servlet/customer-groups/audit?group=7&start=50"),
                Pages.returnUri("/jira", "/jira/plugins/servlet/customer-groups/audit", "group=7&start=50"));
        assertEquals(URI.create("/jira/plugins/servlet/customer-groups/audit"),
                Pages.returnUri("/jira", "/jira/plugins/servlet/customer-groups/audit", null));
    }

    @Test
    void characterAUriCannotHoldDropsTheQueryOrThePathInsteadOfFailing() {
        assertEquals(URI.create("/jira/plugins/servlet/customer-groups/audit"),
                Pages.returnUri("/jira", "/jira/plugins/servlet/customer-groups/audit", "x=a|b"));
        assertEquals(URI.create("/jira/"), Pages.returnUri("/jira", "/jira/plugins/servlet/a|b", null));
        assertEquals(URI.create("/"), Pages.returnUri(null, "/a|b", "x=|"));
    }

    @Test
    void aPathThatWouldNameAnotherHostComesBackToTheContextRoot() {
        assertEquals(URI.create("/jira/"), Pages.returnUri("/jira", "//evil.example/../jira/plugins/servlet/x", null));
        assertEquals(URI.create("/"), Pages.returnUri("", "//evil.example/plugins/servlet/x", "a=1"));
        assertEquals(URI.create("/"), Pages.returnUri(null, "https://evil.example/x", null));
        assertEquals(URI.create("/"), Pages.returnUri(null, null, null));
    }
}
