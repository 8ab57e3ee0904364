package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.SharingSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestAssertions.fieldNames;
import static org.customergroups.rest.RestAssertions.texts;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Default groups over HTTP: immutable through every endpoint that changes a group, computed members refused, Customer
 * Admins' members by Jira admins and customer admins only, listed first with {@code defaultGroup}; and the verified
 * e-mail endpoints.
 */
class DefaultGroupsResourceTest {

    private static final String IMMUTABLE = "Default groups cannot be edited or deleted.";

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        rest.services.defaultGroups.ensure();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private long id(DefaultGroup d) {
        return rest.services.groupStore.findByName(d.groupName()).orElseThrow().id();
    }

    private int trailSize() {
        return rest.services.trail().size();
    }

    @Test
    void everyEndpointThatChangesAGroupRefusesDefaultGroups() {
        rest.as("admin");
        int before = trailSize();
        for (DefaultGroup d : DefaultGroup.values()) {
            String path = "groups/" + id(d);
            assertError(rest.put(path, json("{'description':'Mine'}")), 400, IMMUTABLE, null);
            assertError(rest.put(path, json("{'settings':{'viewPolicy':'ADMINS'}}")), 400, IMMUTABLE, null);
            assertError(rest.delete(path), 400, IMMUTABLE, null);
            assertError(rest.delete(path + "?deleteJiraGroup=true"), 400, IMMUTABLE, null);
            assertError(rest.put(path + "/rule", json("{'rule':'emailDomain = \\\"acme.example\\\"'}")), 400,
                    IMMUTABLE, null);
            assertError(rest.delete(path + "/rule"), 400, IMMUTABLE, null);
            assertError(rest.post(path + "/rule/preview", json("{'rule':'emailDomain = \\\"acme.example\\\"'}")),
                    400, IMMUTABLE, null);
            assertError(rest.post(path + "/auto-join/apply", "{}"), 400, IMMUTABLE, null);
            assertOk(rest.get(path), 200);
        }
        assertEquals(before, trailSize());
        assertEquals(3, rest.services.groupStore.count());
    }

    @Test
    void computedDefaultGroupsRefuseManualMembers() {
        rest.as("admin");
        for (DefaultGroup d : List.of(DefaultGroup.CUSTOMERS, DefaultGroup.VERIFIED_CUSTOMERS)) {
            String members = "groups/" + id(d) + "/members";
            String message = d.groupName() + " is a default group whose members are kept automatically: they cannot"
                    + " be added or removed by hand.";
            assertError(rest.post(members, json("{'usernames':['alice']}")), 400, message, null);
            assertError(rest.delete(members + "/alice"), 400, message, null);
        }
        assertEquals(0, rest.services.host.directory.memberCount("Customers"));
    }

    @Test
    void customerAdminsMembersAreChangedByJiraAdminsAndCustomerAdmins() {
        String members = "groups/" + id(DefaultGroup.CUSTOMER_ADMINS) + "/members";
        String forbidden = "Only Jira administrators and members of Customer Admins can change who is a customer admin.";
        assertError(rest.as("lead").post(members, json("{'usernames':['alice']}")), 403, forbidden, null);
        assertError(rest.as("alice").post(members, json("{'usernames':['alice']}")), 403, forbidden, null);
        assertError(rest.as(null).post(members, json("{'usernames':['alice']}")), 401,
                "You need to log in to do this.", null);

        assertOk(rest.as("admin").post(members, json("{'usernames':['alice']}")), 200);
        long acme = assertOk(rest.post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201).get("id").asLong();
        assertOk(rest.post("groups/" + acme + "/members", json("{'usernames':['alice','bob']}")), 200);
        // A customer admin acts within their own customer groups: carol (not in Acme) is out of alice's reach.
        assertError(rest.as("alice").post(members, json("{'usernames':['bob','carol']}")), 403,
                "You share no customer group with carol: customer admins can only add or remove users of their own"
                        + " customer groups. Ask a Jira administrator.", null);
        assertOk(rest.as("alice").post(members, json("{'usernames':['bob']}")), 200);
        assertEquals(List.of("alice", "bob"), texts(assertOk(rest.get(members), 200).get("values"), "/username"));
        assertEquals(204, rest.as("alice").delete(members + "/bob").status());
        assertError(rest.as("bob").delete(members + "/alice"), 403, forbidden, null);
        assertEquals(List.of("alice"), List.copyOf(rest.services.host.directory.membersOf("Customer Admins")));
    }

    @Test
    void defaultGroupsComeFirstWithTheirNameInEveryList() {
        assertOk(rest.as("admin").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201);
        assertOk(rest.post("projects/HELP/catalog", json("{'groupIds':[" + id(DefaultGroup.CUSTOMERS) + "]}")), 200);

        JsonNode all = assertOk(rest.get("groups"), 200);
        assertEquals(List.of("Customer Admins", "Customers", "Verified Customers", "Acme"),
                texts(all.get("values"), "/name"));
        assertEquals(List.of("CUSTOMER_ADMINS", "CUSTOMERS", "VERIFIED_CUSTOMERS", "null"),
                texts(all.get("values"), "/defaultGroup"));
        JsonNode customers = all.get("values").get(1);
        assertEquals("DEFAULT", customers.get("kind").asText());
        assertTrue(customers.get("rule").isNull());
        assertEquals(List.of("id", "name", "kind", "description", "settings", "memberCount", "createdBy", "createdAt",
                "defaultGroup", "rule"), fieldNames(customers));

        JsonNode catalog = assertOk(rest.as("lead").get("projects/HELP/catalog"), 200);
        assertEquals(2, catalog.get("total").asInt());
        assertEquals("Customers", catalog.at("/values/0/group/name").asText(), catalog::toString);
        assertEquals("CUSTOMERS", catalog.at("/values/0/group/defaultGroup").asText(), catalog::toString);
        assertEquals("Acme", catalog.at("/values/1/group/name").asText(), catalog::toString);
    }

    @Test
    void accessExplanationNamesTheCustomerAdminPath() {
        long acme = assertOk(rest.as("admin").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
        assertOk(rest.post("groups/" + acme + "/members", json("{'usernames':['alice','bob']}")), 200);
        assertOk(rest.post("groups/" + id(DefaultGroup.CUSTOMER_ADMINS) + "/members",
                json("{'usernames':['bob']}")), 200);
        rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice");

        JsonNode why = assertOk(rest.as("agent").get("issues/HELP-1/access/bob"), 200);

        JsonNode path = why.at("/paths/0");
        assertEquals("CUSTOMER_ADMIN", path.get("kind").asText(), why::toString);
        assertEquals(acme, path.at("/group/id").asLong());
        assertEquals("Acme", path.at("/group/name").asText());
        assertTrue(path.get("sharedBy").isNull());
        assertEquals(1, why.get("paths").size());
        // Whether Jira's own view lets the customer admin in too, and whether the optional field grant is set up.
        assertFalse(why.get("jiraBrowse").asBoolean());
        assertFalse(why.at("/setup/adminsReady").asBoolean());
        rest.services.host.schemes.set(rest.services.host.help.id(), new SharingSetup("customfield_10100",
                "Customer Groups", "Helpdesk scheme", true, true, "customfield_10300", "Customer Admins", true));
        JsonNode granted = assertOk(rest.as("agent").get("issues/HELP-1/access/bob"), 200);
        assertTrue(granted.at("/setup/adminsReady").asBoolean());
        assertEquals("Customer Admins", granted.at("/setup/adminsFieldName").asText());
    }

    @Test
    void theSignedInUserVerifiesTheirAddress() {
        String path = "me/email-verification";
        assertError(rest.as(null).get(path), 401, "You need to log in to do this.", null);
        assertError(rest.post(path, "{}"), 401, "You need to log in to do this.", null);

        JsonNode status = assertOk(rest.as("alice").get(path), 200);
        assertEquals(List.of("email", "verified"), fieldNames(status));
        assertEquals("alice@acme.example", status.get("email").asText());
        assertFalse(status.get("verified").asBoolean());

        JsonNode sent = assertOk(rest.post(path, "{}"), 202);
        assertEquals("alice@acme.example", sent.get("sentTo").asText());
        // Asking again at once (the clock stands still here) is refused, saying when she may ask again.
        assertError(rest.post(path, "{}"), 409, "A verification link was mailed to alice@acme.example less than 5"
                + " minutes ago. Check your mail; you can ask for a new link in 5 min.", null);
        List<OutgoingMail> mail = rest.services.outbox.sent();
        assertEquals(List.of("alice@acme.example"), mail.stream().map(OutgoingMail::toAddress).toList());
        String prefix = rest.services.links.verifyEmail("");
        String token = URLDecoder.decode(mail.get(0).htmlBody().substring(prefix.length()), StandardCharsets.UTF_8);
        rest.services.emailVerification.confirm(token);

        assertTrue(assertOk(rest.get(path), 200).get("verified").asBoolean());
        assertError(rest.post(path, "{}"), 409, "Your e-mail address alice@acme.example is already verified.", null);
        assertEquals(415, rest.send("POST", path, "x", "text/plain").status());
    }

    @Test
    void jiraAdminsMarkAddressesVerified() {
        String path = "users/bob/email-verified";
        assertError(rest.as("lead").put(path, json("{'verified':true}")), 403,
                "Only Jira administrators can mark e-mail addresses verified.", null);
        assertError(rest.as("admin").put(path, json("{}")), 400,
                "Say whether the address is verified: \"verified\" must be true or false.", "verified");
        assertError(rest.put("users/nobody/email-verified", json("{'verified':true}")), 404,
                "There is no user with username nobody.", null);

        JsonNode marked = assertOk(rest.put(path, json("{'verified':true}")), 200);
        assertEquals(List.of("username", "verified"), fieldNames(marked));
        assertTrue(marked.get("verified").asBoolean());
        assertTrue(rest.services.host.directory.isMember("Verified Customers", "bob"));
        assertFalse(assertOk(rest.put(path, json("{'verified':false}")), 200).get("verified").asBoolean());
        assertFalse(rest.services.host.directory.isMember("Verified Customers", "bob"));
        // The user picker still works beside it (a different root path).
        assertOk(rest.get("users?query=bob"), 200);
    }
}
