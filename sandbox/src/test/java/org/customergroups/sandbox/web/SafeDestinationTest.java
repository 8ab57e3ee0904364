package org.customergroups.sandbox.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeDestinationTest {

    @Test
    void localPathsAreKept() {
        assertEquals("/jira/plugins/servlet/x?a=1", SafeDestination.orElse("/jira/plugins/servlet/x?a=1", "/jira/"));
    }

    @Test
    void anythingElseFallsBack() {
        for (String bad : new String[]{null, "", "//evil.example", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)", "jira/", "/a\r\nSet-Cookie: x=1"}) {
            assertEquals("/jira/", SafeDestination.orElse(bad, "/jira/"), String.valueOf(bad));
        }
    }
}
