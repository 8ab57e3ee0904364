package org.customergroups.jira;

import java.time.Clock;

/**
 * The clock the services use in Jira: the system clock in UTC. A plugin-side static factory, because the Spring
 * wiring makes beans of plugin classes only (JDK and host types are not beans; see the descriptor lint).
 */
public final class SystemClock {

    private SystemClock() {
    }

    public static Clock utc() {
        return Clock.systemUTC();
    }
}
