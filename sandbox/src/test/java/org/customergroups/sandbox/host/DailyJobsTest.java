package org.customergroups.sandbox.host;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sandbox's stand-in for Jira's scheduler: when the jobs first run, and that one failure stops no other job. */
class DailyJobsTest {

    @Test
    void theFirstRunIsTheNextMidnightUtc() {
        assertEquals(Duration.ofHours(14).toMillis(), DailyJobs.untilMidnight(Instant.parse("2026-03-01T10:00:00Z")));
        assertEquals(1, DailyJobs.untilMidnight(Instant.parse("2026-03-01T23:59:59.999Z")));
        assertEquals(Duration.ofDays(1).toMillis(), DailyJobs.untilMidnight(Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void aFailingJobIsLoggedAndTheNextOneStillRuns() {
        List<String> ran = new ArrayList<>();
        try (DailyJobs jobs = DailyJobs.start(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), List.of(
                new DailyJobs.Job("broken", () -> {
                    ran.add("broken");
                    throw new IllegalStateException("no database");
                }),
                new DailyJobs.Job("digests", () -> {
                    ran.add("digests");
                    return 2;
                })))) {
            jobs.runAll();
            jobs.runAll();
        }
        assertEquals(List.of("broken", "digests", "broken", "digests"), ran);
    }
}
