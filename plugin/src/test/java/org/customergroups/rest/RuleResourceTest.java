package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.domain.GroupKind;
import org.customergroups.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestAssertions.texts;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /rules/check} and {@code /groups/{id}/rule}: Acme is in HELP's catalog (lead updates, agent views). */
class RuleResourceTest {

    private static final String ACME_RULE = "{'rule':'emailDomain = \\'acme.example\\''}";

    private RestFixture rest;
    private long acme;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("lead").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private String rule() {
        return "groups/" + acme + "/rule";
    }

    @Test
    void checkAnswersValidWithTheCanonicalFormForAnySignedInUser() {
        JsonNode ok = assertOk(rest.as("alice").post("rules/check",
                json("{'rule':'emailDomain=\\'acme.example\\' AND not memberOf \\'Globex\\''}")), 200);

        assertEquals(json("{'valid':true,'canonical':'emailDomain = \\'acme.example\\' and not memberOf"
                + " \\'Globex\\'','message':null,'messageKey':null,'position':null,'line':null,'column':null}"),
                ok.toString());
    }

    @Test
    void checkAnswersTheProblemWithItsMessageAndWhere() {
        JsonNode bad = assertOk(rest.as("agent").post("rules/check", json("{'rule':'email = \\'a\\' and\\n  42'}")),
                200);

        assertFalse(bad.get("valid").asBoolean());
        assertTrue(bad.get("canonical").isNull());
        assertEquals("cg.error.rule.unexpected.character", bad.get("messageKey").asText());
        assertEquals("Unexpected character '4' at position 18 (line 2, column 3). Values go in double quotes.",
                bad.get("message").asText());
        assertEquals(18, bad.get("position").asInt());
        assertEquals(2, bad.get("line").asInt());
        assertEquals(3, bad.get("column").asInt());
        assertEquals("cg.error.rule.blank",
                assertOk(rest.post("rules/check", "{}"), 200).get("messageKey").asText());
        assertError(rest.as(null).post("rules/check", json(ACME_RULE)), 401,
                "You need to log in to do this.", null);
        assertError(rest.as("agent").post("rules/check", ""), 400, "The request needs a JSON body.", null);
    }

    @Test
    void previewIsPagedAndChangesNothing() {
        rest.services.host.directory.addMember("Acme", "carol");

        JsonNode p = assertOk(rest.as("lead").post(rule() + "/preview",
                json("{'rule':'emailDomain = \\'acme.example\\'','joinsStart':1,'limit':1}")), 200);

        assertEquals("emailDomain = \"acme.example\"", p.get("canonical").asText());
        assertEquals(8, p.get("scanned").asInt());
        assertEquals(2, p.at("/joins/total").asInt());
        assertEquals(1, p.at("/joins/start").asInt());
        assertEquals(List.of("bob"), texts(p.at("/joins/values"), "/username"));
        assertEquals(List.of("carol"), texts(p.at("/leaves/values"), "/username"));
        assertEquals(Set.of("carol"), rest.services.host.directory.membersOf("Acme"));
    }

    @Test
    void previewOfABadRuleIsA400NamingTheRuleAndThePosition() {
        assertError(rest.as("lead").post(rule() + "/preview", json("{'rule':'email ends with'}")), 400,
                "Expected a string in double quotes after 'ends with' at position 15 (line 1, column 16).", "rule");
        assertError(rest.as("lead").post(rule() + "/preview", json("{'rule':'username = \\'x\\'','limit':0}")),
                400, "limit must be a whole number from 1 to 100.", "limit");
        // A bad page start names the body's field.
        assertError(rest.as("lead").post(rule() + "/preview", json("{'rule':'username = \\'x\\'','joinsStart':-1}")),
                400, "joinsStart must be a whole number, 0 or more.", "joinsStart");
        assertError(rest.as("lead").post(rule() + "/preview",
                json("{'rule':'username = \\'x\\'','leavesStart':-3}")), 400,
                "leavesStart must be a whole number, 0 or more.", "leavesStart");
    }

    @Test
    void previewNeedsTheUpdatePolicyNotJustTheViewPolicy() {
        // The agent sees Acme (Members tab) but may not save its rule: a preview would let them probe any user's
        // properties and list the matching users' addresses. The check stays open.
        String forbidden = "Only Jira administrators and the admins of projects using this customer group can change"
                + " it or its members.";
        assertOk(rest.as("agent").get("groups/" + acme), 200);
        assertError(rest.as("agent").post(rule() + "/preview",
                json("{'rule':'property \\'salary\\' starts with \\'9\\''}")), 403, forbidden, null);
        assertError(rest.as("alice").post(rule() + "/preview", json(ACME_RULE)), 403, forbidden, null);
        assertTrue(assertOk(rest.as("agent").post("rules/check", json(ACME_RULE)), 200).get("valid").asBoolean());
        assertOk(rest.as("admin").post(rule() + "/preview", json(ACME_RULE)), 200);
    }

    @Test
    void savingMakesTheGroupDynamicAndReportsTheReconcile() {
        rest.services.host.directory.addMember("Acme", "carol");

        JsonNode saved = assertOk(rest.as("lead").put(rule(), json(ACME_RULE)), 200);

        assertEquals("DYNAMIC", saved.at("/group/kind").asText());
        assertEquals("emailDomain = \"acme.example\"", saved.at("/group/rule").asText());
        assertEquals(2, saved.at("/group/memberCount").asInt());
        assertEquals(json("{'groups':1,'usersScanned':8,'joined':2,'left':1,'sharesRemoved':0}"),
                saved.get("reconciled").toString());
        assertEquals("DYNAMIC", assertOk(rest.get("groups/" + acme), 200).get("kind").asText());
        assertError(rest.post("groups/" + acme + "/members", json("{'usernames':['carol']}")), 400,
                "The members of a dynamic group come from its rule: they cannot be added or removed by hand.", null);
    }

    @Test
    void savingIsRefusedByRoleForBadRulesAndForDefaultGroups() {
        assertError(rest.as("agent").put(rule(), json(ACME_RULE)), 403, "Only Jira administrators and the admins of"
                + " projects using this customer group can change it or its members.", null);
        assertError(rest.as("lead").put(rule(), json("{'rule':'   '}")), 400,
                "Enter a rule, for example: emailDomain = \"acme.example\".", "rule");
        assertError(rest.put(rule(), "{}"), 400, "Enter a rule, for example: emailDomain = \"acme.example\".",
                "rule");
        assertError(rest.put("groups/999/rule", json(ACME_RULE)), 404, "There is no customer group with id 999.",
                null);
        long customers = rest.services.groupStore.create("Customers", GroupKind.DEFAULT, null, null, null,
                ServiceFixture.NOW).id();
        assertError(rest.as("admin").put("groups/" + customers + "/rule", json(ACME_RULE)), 400,
                "Default groups cannot be edited or deleted.", null);
        assertError(rest.delete("groups/" + customers + "/rule"), 400, "Default groups cannot be edited or deleted.",
                null);
    }

    @Test
    void savingARuleOnAnAutoJoinGroupAsksToMoveTheDomainsIntoTheRule() {
        assertOk(rest.as("lead").put("groups/" + acme, json("{'settings':{'autoJoinDomains':['acme.example']}}")),
                200);

        assertError(rest.put(rule(), json(ACME_RULE)), 400, "This group auto-joins users at acme.example. A dynamic"
                + " group gets its members from its rule only: remove the auto-join domains first, or write them into"
                + " the rule, for example: emailDomain in (\"acme.example\").", "rule");
    }

    @Test
    void removingTheRuleMakesTheGroupStaticAndKeepsTheMembers() {
        assertOk(rest.as("lead").put(rule(), json(ACME_RULE)), 200);

        JsonNode removed = assertOk(rest.delete(rule()), 200);

        assertEquals("STATIC", removed.get("kind").asText());
        assertTrue(removed.get("rule").isNull());
        assertEquals(2, removed.get("memberCount").asInt());
        assertEquals(Set.of("alice", "bob"), rest.services.host.directory.membersOf("Acme"));
        // Static again: auto-join domains are allowed again.
        assertOk(rest.put("groups/" + acme, json("{'settings':{'autoJoinDomains':['acme.example']}}")), 200);
    }

    @Test
    void aDynamicGroupRefusesAutoJoinDomains() {
        assertOk(rest.as("lead").put(rule(), json(ACME_RULE)), 200);

        assertError(rest.put("groups/" + acme, json("{'settings':{'autoJoinDomains':['acme.example']}}")), 400,
                "Auto-join e-mail domains are for static groups. A dynamic group gets its members from its rule:"
                        + " write the domain into the rule instead, for example: emailDomain = \"acme.example\".",
                "settings.autoJoinDomains");
    }
}
