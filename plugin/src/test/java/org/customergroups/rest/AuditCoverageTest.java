package org.customergroups.rest;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditEntry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every mutating REST endpoint is audited. The endpoints are found by reflection: each method of each resource class
 * (a {@code @Path} class under {@code org.customergroups.rest}) with an HTTP method other than GET, HEAD and OPTIONS.
 * Each must have a scenario below that calls it through {@link RestFixture} and sees the audit trail grow with the
 * expected actions, all by the caller. A new POST/PUT/DELETE endpoint without a scenario fails
 * {@link #everyMutatingEndpointHasAScenario}, naming it; so does a scenario whose endpoint is gone.
 */
class AuditCoverageTest {

    /** A call of one endpoint, as {@code username}, and what it must add to the trail. */
    record Scenario(String username, Function<RestFixture, RestFixture.Reply> call, Set<AuditAction> expected) {
    }

    private static final Set<String> READ_ONLY_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * "Class#method" to its scenarios, run on {@link #world}: Acme (id 1) is in HELP's catalog with alice as member;
     * Globex (id 2) in no catalog; HELP-1 (alice's) is shared with Acme; HELP-2 (bob's) with nothing.
     */
    private static final Map<String, List<Scenario>> SCENARIOS = new LinkedHashMap<>();

    static {
        scenario("GroupResource#create", "admin", r -> r.post("groups", json("{'name':'New'}")),
                AuditAction.GROUP_CREATED);
        scenario("GroupResource#update", "lead", r -> r.put("groups/1", json("{'description':'Key account'}")),
                AuditAction.GROUP_UPDATED);
        scenario("GroupResource#delete", "admin", r -> r.delete("groups/1"),
                AuditAction.CATALOG_REMOVED, AuditAction.SHARE_REMOVED, AuditAction.GROUP_DELETED);
        scenario("GroupMemberResource#add", "lead", r -> r.post("groups/1/members", json("{'usernames':['bob']}")),
                AuditAction.MEMBER_ADDED);
        scenario("GroupMemberResource#remove", "lead", r -> r.delete("groups/1/members/alice"),
                AuditAction.MEMBER_REMOVED);
        scenario("UserResource#upgrade", "admin", r -> r.post("users/bob/upgrade", "{}"), AuditAction.USER_UPGRADED);
        scenario("CatalogResource#add", "admin", r -> r.post("projects/HELP/catalog", json("{'groupIds':[2]}")),
                AuditAction.CATALOG_ADDED);
        scenario("CatalogResource#add", "lead", r -> r.post("projects/HELP/catalog", json("{'name':'Fresh'}")),
                AuditAction.GROUP_CREATED, AuditAction.CATALOG_ADDED);
        scenario("CatalogResource#setAutoShare", "lead",
                r -> r.put("projects/HELP/catalog/1", json("{'autoShare':true}")), AuditAction.AUTO_SHARE_CHANGED);
        scenario("CatalogResource#remove", "lead", r -> r.delete("projects/HELP/catalog/1"),
                AuditAction.CATALOG_REMOVED);
        scenario("IssueShareResource#share", "agent", r -> r.post("issues/HELP-2/shares", json("{'groupId':1}")),
                AuditAction.SHARE_ADDED);
        scenario("IssueShareResource#unshare", "agent", r -> r.delete("issues/HELP-1/shares/1"),
                AuditAction.SHARE_REMOVED);
        scenario("AuditResource#updateSettings", "admin", r -> r.put("audit/settings", json("{'retentionDays':30}")),
                AuditAction.SETTINGS_CHANGED);
        scenario("MeResource#update", "agent", r -> r.put("me/subscriptions", json("{'enabled':false}")),
                AuditAction.SUBSCRIPTION_CHANGED);
        scenario("EmailVerifiedResource#set", "admin", r -> r.put("users/bob/email-verified",
                json("{'verified':true}")), AuditAction.EMAIL_VERIFIED);
        scenario("FormResource#save", "lead", r -> r.put("forms/HELP", json("{'title':'Helpdesk'}")),
                AuditAction.FORM_CHANGED);
        scenario("FormResource#submit", "alice", r -> {
            // HELP's form on without a trail entry: a never-saved form is off.
            r.services.formStore.put(new org.customergroups.domain.RequestForm(r.services.host.help.id(), true, "",
                    "", true, org.customergroups.domain.GroupBlock.off(), null, null));
            return r.post("forms/HELP/requests", json("{'summary':'Help'}"));
        }, AuditAction.REQUEST_CREATED);
        scenario("AuthorizedReportersResource#put", "lead",
                r -> r.put("projects/HELP/authorized-reporters", json("{'restricted':true,'groupIds':[1]}")),
                AuditAction.RESTRICTION_CHANGED);
        // Exempt: a portal comment changes no data of the plugin's. It is Jira's comment, recorded by Jira (author,
        // time) in the issue's own history, like a comment typed in Jira's issue view.
        scenario("PortalResource#comment", "alice",
                r -> r.post("portal/requests/HELP-1/comments", json("{'body':'Thanks'}")));
        // Dynamic groups: bob joins by the rule, alice leaves and takes Acme off HELP-1 (the cascade).
        scenario("RuleResource#save", "lead", r -> r.put("groups/1/rule", json("{'rule':'username = \\'bob\\''}")),
                AuditAction.RULE_CHANGED, AuditAction.MEMBER_ADDED, AuditAction.MEMBER_REMOVED,
                AuditAction.SHARE_REMOVED);
        scenario("RuleResource#remove", "lead", r -> {
            r.services.groupStore.setRule(1, "username = \"alice\""); // dynamic without a trail entry
            return r.delete("groups/1/rule");
        }, AuditAction.RULE_CHANGED);
        scenario("AutoJoinResource#apply", "lead", r -> {
            r.services.groupStore.update(1, "", new org.customergroups.domain.GroupSettings(List.of("acme.example"),
                    false, org.customergroups.domain.ViewPolicy.AGENTS_OF_USING_PROJECTS,
                    org.customergroups.domain.UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS));
            return r.post("groups/1/auto-join/apply", "{}");
        }, AuditAction.MEMBER_ADDED);
    }

    /**
     * POST endpoints that change nothing (they take a question in the body, not a change), so nothing to audit;
     * each with why. Listed here so that the scan still names every other unaudited endpoint.
     */
    private static final Map<String, String> EXEMPT = new LinkedHashMap<>();

    static {
        EXEMPT.put("RuleCheckResource#check", "validates a rule's text only");
        EXEMPT.put("EmailVerificationResource#request", "mails a verification link; opening it is what changes"
                + " (and records EMAIL_VERIFIED)");
        EXEMPT.put("RuleResource#preview", "computes who a rule would add and remove; saves nothing");
    }

    private static void scenario(String endpoint, String username, Function<RestFixture, RestFixture.Reply> call,
                                 AuditAction... expected) {
        SCENARIOS.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(new Scenario(username, call,
                Set.of(expected)));
    }

    private static void world(RestFixture rest) {
        assertOk(rest.as("admin").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201);
        assertOk(rest.post("groups", json("{'name':'Globex'}")), 201);
        assertOk(rest.post("groups/1/members", json("{'usernames':['alice']}")), 200);
        rest.services.requests.put(rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice"),
                "Printer", "");
        rest.services.host.issue(20_002, "HELP-2", rest.services.host.help, "bob");
        assertOk(rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':1}")), 201);
    }

    @Test
    void everyMutatingEndpointHasAScenario() {
        List<Class<?>> resources = resourceClasses();
        // The scan itself works: it finds the resources this test knows.
        assertTrue(resources.stream().map(Class::getSimpleName).toList()
                .containsAll(List.of("GroupResource", "IssueShareResource", "AuditResource")), resources::toString);

        Set<String> endpoints = mutatingEndpoints(resources);
        assertTrue(endpoints.containsAll(EXEMPT.keySet()), () -> "exempt endpoints that no longer exist: " + EXEMPT);
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(SCENARIOS.keySet());
        missing.removeAll(EXEMPT.keySet());
        if (!missing.isEmpty()) {
            fail("Mutating REST endpoints without an audit scenario in AuditCoverageTest: " + missing
                    + ". Record the change with AuditTrail in the service and add a scenario.");
        }
        Set<String> stale = new TreeSet<>(SCENARIOS.keySet());
        stale.removeAll(endpoints);
        assertEquals(Set.of(), stale, "scenarios for endpoints that no longer exist");
    }

    @Test
    void aMutatingEndpointWithoutAScenarioIsNamed() {
        Set<String> endpoints = mutatingEndpoints(List.of(Unaudited.class, GroupResource.class));

        assertTrue(endpoints.contains("Unaudited#poke"), endpoints::toString);
        assertFalse(endpoints.contains("Unaudited#look"), endpoints::toString);
        assertFalse(endpoints.contains("GroupResource#get"), endpoints::toString);
        assertTrue(endpoints.containsAll(List.of("GroupResource#create", "GroupResource#update",
                "GroupResource#delete")), endpoints::toString);
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(SCENARIOS.keySet());
        assertEquals(Set.of("Unaudited#poke"), missing);
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioWritesItsAuditEntries() {
        return SCENARIOS.entrySet().stream().flatMap(e -> e.getValue().stream().map(s ->
                DynamicTest.dynamicTest(e.getKey() + " as " + s.username(), () -> run(s))));
    }

    private static void run(Scenario s) {
        try (RestFixture rest = new RestFixture()) {
            world(rest);
            int before = rest.services.trail().size();

            RestFixture.Reply reply = s.call().apply(rest.as(s.username()));

            assertTrue(reply.status() >= 200 && reply.status() < 300, reply::toString);
            List<AuditEntry> written = rest.services.trailSince(before);
            assertEquals(s.expected(), Set.copyOf(written.stream().map(AuditEntry::action).toList()),
                    written::toString);
            for (AuditEntry entry : written) {
                assertEquals("key-" + s.username(), entry.actorKey(), entry::toString);
            }
        }
    }

    /** Classes annotated {@code @Path} under the package of the resources, from the compiled main classes. */
    static List<Class<?>> resourceClasses() {
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(GroupResource.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String pkg = GroupResource.class.getPackageName();
        java.nio.file.Path dir = root.resolve(pkg.replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                Class<?> type = Class.forName(name, false, GroupResource.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** "SimpleClassName#method" of every method answering an HTTP method that may change something. */
    static Set<String> mutatingEndpoints(Collection<Class<?>> resources) {
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : resources) {
            for (Method m : type.getMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null && !READ_ONLY_METHODS.contains(http.value())) {
                        endpoints.add(type.getSimpleName() + "#" + m.getName());
                    }
                }
            }
        }
        return endpoints;
    }

    /** A resource as someone might add it: a POST nobody audits. */
    @Path("/unaudited")
    public static class Unaudited {
        @GET
        public String look() {
            return "";
        }

        @POST
        public void poke() {
        }
    }
}
