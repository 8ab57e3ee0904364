package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Declaration of the scheduler's schedule ({@code @PublicApi @Immutable final class}). Only the interval form the
 * plugin uses: {@code static Schedule forInterval(long intervalInMillis, Date firstRunTime)}, {@code getType()}
 * (nested enum {@code Type}: CRON_EXPRESSION, INTERVAL) and {@code getIntervalScheduleInfo()}; the cron factories and
 * {@code getCronScheduleInfo()} are not declared.
 * <p>
 * A <em>value type</em> whose behaviour is its published contract, copied here so that tests can read a schedule. In
 * Jira the real class is used; never packaged.
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html">Schedule (atlassian-scheduler-api 1.6.0)</a>
 */
public final class Schedule {

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo) {
        this.type = Objects.requireNonNull(type, "type");
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public Type getType() {
        return type;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Schedule other = (Schedule) o;
        return type == other.type && Objects.equals(intervalScheduleInfo, other.intervalScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + ",intervalScheduleInfo=" + intervalScheduleInfo + ']';
    }

    /** The kind of schedule. */
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}
