package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestAssertions.fieldNames;
import static org.customergroups.rest.RestAssertions.texts;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /audit}, {@code /audit/export} and {@code /audit/settings} for each role. Acme is in HELP's catalog with
 * alice as member; HELP-1 (alice's) is shared with Acme by the agent.
 */
class AuditResourceTest {

    private static final String ADMINS_ONLY = "Only Jira administrators can see the whole audit trail. Filter by an"
            + " issue you can edit (issue) or a customer group you can see (group).";
    private static final String CSV_HEADER = "time,actor,action,cause,project,issue,group,user,before,after";

    private RestFixture rest;
    private long acme;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("lead").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
        assertOk(rest.post("groups/" + acme + "/members", json("{'usernames':['alice']}")), 200);
        rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice");
        assertOk(rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':" + acme + "}")), 201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void adminsReadTheWholeTrailAsPagedJson() throws Exception {
        JsonNode page = assertOk(rest.as("admin").get("audit?limit=2"), 200);

        assertEquals(List.of("start", "limit", "total", "values"), fieldNames(page));
        assertEquals(4, page.get("total").asInt());
        assertEquals(List.of("SHARE_ADDED", "MEMBER_ADDED"), texts(page.get("values"), "/action"));
        JsonNode share = page.at("/values/0");
        assertEquals(List.of("id", "at", "actor", "action", "cause", "project", "issue", "group", "user", "before",
                "after"), fieldNames(share));
        JsonNode expected = new ObjectMapper().readTree(json("{'id':" + share.get("id").asLong()
                + ",'at':'2026-11-24T08:00:00Z',"
                + "'actor':{'key':'key-agent','username':'agent','displayName':'Agnes Agent'},"
                + "'action':'SHARE_ADDED','cause':'MANUAL','project':{'id':10000,'key':'HELP'},"
                + "'issue':{'id':20001,'key':'HELP-1'},'group':{'id':" + acme + ",'name':'Acme'},"
                + "'user':null,'before':null,'after':null}"));
        assertEquals(expected, share);
        JsonNode member = page.at("/values/1");
        assertEquals(json("{'key':'key-alice','username':'alice','displayName':'Alice Anders'}"),
                member.get("user").toString());
        assertTrue(member.get("issue").isNull());
        assertTrue(member.get("project").isNull());

        JsonNode next = assertOk(rest.get("audit?start=2&limit=2"), 200);
        assertEquals(List.of("CATALOG_ADDED", "GROUP_CREATED"), texts(next.get("values"), "/action"));
        assertEquals("jiraGroup: created", next.at("/values/1/after").asText());
    }

    @Test
    void whoMayReadDependsOnTheFilter() {
        assertEquals(List.of("SHARE_ADDED"),
                texts(assertOk(rest.as("agent").get("audit?issue=HELP-1"), 200).get("values"), "/action"));
        assertEquals(4, assertOk(rest.get("audit?group=" + acme), 200).get("total").asInt());
        assertEquals(1, assertOk(rest.get("audit?group=" + acme + "&user=alice&action=member_added"), 200)
                .get("total").asInt());

        assertError(rest.get("audit"), 403, ADMINS_ONLY, null);
        assertError(rest.get("audit?project=HELP"), 403, ADMINS_ONLY, null);
        assertError(rest.as("alice").get("audit?issue=HELP-1"), 403,
                "Only users who can edit issue HELP-1 can see its history.", null);
        assertError(rest.as("staff").get("audit?issue=HELP-1"), 404,
                "There is no issue with key HELP-1 that you can see.", null);
        assertError(rest.get("audit?group=" + acme), 403,
                "Only Jira administrators and the agents and admins of projects using this customer group can see it.",
                null);
        assertError(rest.as("admin").get("audit?group=99"), 404, "There is no customer group with id 99.", null);
    }

    @Test
    void badParametersAre400sNamingThem() {
        rest.as("admin");
        assertError(rest.get("audit?group=acme"), 400, "group must be a customer group id (a number), not acme.",
                "group");
        assertError(rest.get("audit?action=SHARED"), 400, "SHARED is not an audit action. Use one of: GROUP_CREATED,"
                + " GROUP_UPDATED, GROUP_DELETED, MEMBER_ADDED, MEMBER_REMOVED, USER_UPGRADED, CATALOG_ADDED,"
                + " CATALOG_REMOVED, AUTO_SHARE_CHANGED, SHARE_ADDED, SHARE_REMOVED, SUBSCRIPTION_CHANGED,"
                + " SETTINGS_CHANGED, RULE_CHANGED, EMAIL_VERIFIED, FORM_CHANGED, RESTRICTION_CHANGED,"
                + " REQUEST_CREATED.", "action");
        assertError(rest.get("audit?from=24.11.2026"), 400,
                "from must be a day written yyyy-mm-dd (for example 2026-11-24), not 24.11.2026.", "from");
        assertError(rest.get("audit?to=%2B999999999-12-31"), 400,
                "to must be a day written yyyy-mm-dd (for example 2026-11-24), not +999999999-12-31.", "to");
        assertError(rest.get("audit?from=2026-11-25&to=2026-11-24"), 400,
                "from must be the same day as to or before it.", "from");
        assertError(rest.get("audit?user=mallory"), 404, "There is no user with username mallory.", null);
        assertError(rest.get("audit?project=NOPE"), 404, "There is no project with key NOPE.", null);
        assertError(rest.get("audit?limit=0"), 400, "limit must be a whole number from 1 to 100.", "limit");
        assertEquals(4, assertOk(rest.get("audit?from=2026-11-24&to=2026-11-24"), 200).get("total").asInt());
        assertEquals(0, assertOk(rest.get("audit?to=2026-11-23"), 200).get("total").asInt());
    }

    @Test
    void exportStreamsCsvWithTheSameFilters() {
        RestFixture.Reply csv = rest.as("admin").send("GET", "audit/export", null, null, "*/*");

        assertEquals(200, csv.status(), csv::toString);
        assertEquals("text/csv;charset=UTF-8", csv.type().toString().replace(" ", ""));
        assertEquals("attachment; filename=\"customer-groups-audit.csv\"", csv.disposition());
        assertEquals(String.join("\r\n", CSV_HEADER,
                "2026-11-24T08:00:00Z,agent,SHARE_ADDED,MANUAL,HELP,HELP-1,Acme,,,",
                "2026-11-24T08:00:00Z,lead,MEMBER_ADDED,MANUAL,,,Acme,alice,,",
                "2026-11-24T08:00:00Z,lead,CATALOG_ADDED,MANUAL,HELP,,Acme,,,",
                "2026-11-24T08:00:00Z,lead,GROUP_CREATED,MANUAL,HELP,,Acme,,,jiraGroup: created") + "\r\n",
                csv.body());

        // An agent exports their issue's history; a client that asks for JSON gets the CSV too.
        RestFixture.Reply issue = rest.as("agent").get("audit/export?issue=HELP-1");
        assertEquals(200, issue.status(), issue::toString);
        assertEquals(CSV_HEADER + "\r\n2026-11-24T08:00:00Z,agent,SHARE_ADDED,MANUAL,HELP,HELP-1,Acme,,,\r\n",
                issue.body());
    }

    @Test
    void exportCellsAreEscapedAndCannotRunAsFormulas() {
        long evil = assertOk(rest.as("admin").post("groups",
                json("{'name':'=HYPERLINK(\\\"http://evil.example\\\",\\\"Click\\\")','projectKey':'HELP'}")), 201)
                .get("id").asLong();
        assertOk(rest.put("groups/" + evil, json("{'description':'-2+3, \\\"quoted\\\"'}")), 200);

        RestFixture.Reply csv = rest.send("GET", "audit/export?group=" + evil, null, null, "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        String group = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"";
        assertEquals(String.join("\r\n", CSV_HEADER,
                "2026-11-24T08:00:00Z,admin,GROUP_UPDATED,MANUAL,,," + group
                        + ",,description: ,\"description: -2+3, \"\"quoted\"\"\"",
                "2026-11-24T08:00:00Z,admin,CATALOG_ADDED,MANUAL,HELP,," + group + ",,,",
                "2026-11-24T08:00:00Z,admin,GROUP_CREATED,MANUAL,HELP,," + group + ",,,jiraGroup: created") + "\r\n",
                csv.body());
    }

    @Test
    void exportRefusalsAreJsonErrorsBeforeAnyCsv() {
        assertError(rest.as("staff").send("GET", "audit/export", null, null, "*/*"), 403, ADMINS_ONLY, null);
        assertError(rest.as("alice").send("GET", "audit/export?issue=HELP-1", null, null, "text/csv"), 403,
                "Only users who can edit issue HELP-1 can see its history.", null);
        assertError(rest.as("admin").send("GET", "audit/export?to=tomorrow", null, null, "*/*"), 400,
                "to must be a day written yyyy-mm-dd (for example 2026-11-24), not tomorrow.", "to");
        assertError(rest.as(null).send("GET", "audit/export", null, null, "*/*"), 401,
                "You need to log in to do this.", null);
    }

    @Test
    void retentionSettingsAreForJiraAdmins() {
        assertEquals(json("{'retentionDays':0}"), assertOk(rest.as("admin").get("audit/settings"), 200).toString());
        assertEquals(json("{'retentionDays':90}"),
                assertOk(rest.put("audit/settings", json("{'retentionDays':90}")), 200).toString());
        assertEquals(json("{'retentionDays':90}"), assertOk(rest.get("audit/settings"), 200).toString());
        JsonNode change = assertOk(rest.get("audit?action=SETTINGS_CHANGED"), 200).at("/values/0");
        assertEquals("audit.retentionDays: 0", change.get("before").asText());
        assertEquals("audit.retentionDays: 90", change.get("after").asText());
        assertEquals("admin", change.at("/actor/username").asText());

        String range = "retentionDays must be a whole number from 0 (keep forever) to 3650.";
        assertError(rest.put("audit/settings", json("{'retentionDays':3651}")), 400, range, "retentionDays");
        assertError(rest.put("audit/settings", json("{'retentionDays':-1}")), 400, range, "retentionDays");
        assertError(rest.put("audit/settings", "{}"), 400, range, "retentionDays");
        assertError(rest.put("audit/settings", json("{'retentionDays':'soon'}")), 400,
                "The request body is not valid JSON.", null);
        assertError(rest.send("PUT", "audit/settings", "retentionDays=1", "application/x-www-form-urlencoded"), 415,
                "Send the request body as JSON (Content-Type: application/json).", null);

        String forbidden = "Only Jira administrators can see or change how long the audit trail is kept.";
        assertError(rest.as("lead").get("audit/settings"), 403, forbidden, null);
        assertError(rest.put("audit/settings", json("{'retentionDays':1}")), 403, forbidden, null);
        assertError(rest.put("audit/settings", "{}"), 403, forbidden, null);
        assertEquals(json("{'retentionDays':90}"), assertOk(rest.as("admin").get("audit/settings"), 200).toString());
    }
}
