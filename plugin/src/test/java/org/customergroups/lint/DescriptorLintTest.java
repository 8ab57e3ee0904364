package org.customergroups.lint;

import org.customergroups.store.StoreEntities;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.customergroups.lint.ProblemLists.assertNoProblems;
import static org.customergroups.lint.ProblemLists.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lint of the plugin's descriptor, Spring wiring, i18n bundle, templates and web resources, on
 * the source files (src/main/resources, src/main/java; the descriptor's Maven placeholders are
 * just text here) and the compiled classes (target/classes). Jira would report most of these
 * only when the plugin is enabled, and some (a missing i18n key, an unescaped value) never.
 * The checks are functions of paths ({@link ClassLint}, {@link ResourceLint}, {@link I18nBundle},
 * {@link I18nUsage}, {@link VelocityEscaping}); {@link TheCheckersCatch} runs them on broken
 * copies to prove each one can fail.
 */
class DescriptorLintTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path JAVA = Path.of("src/main/java");
    static final Path DESCRIPTOR = RESOURCES.resolve("atlassian-plugin.xml");

    private final ClassLint classLint = new ClassLint(Classes.ofPlugin());

    static List<Path> springFiles(Path resources) {
        return ResourceLint.files(resources.resolve("META-INF/spring"), ".xml");
    }

    @Test
    void descriptorAndSpringFilesAreThere() {
        assertTrue(Files.isRegularFile(DESCRIPTOR), DESCRIPTOR.toAbsolutePath() + " is missing");
        assertFalse(springFiles(RESOURCES).isEmpty(), "no META-INF/spring/*.xml: the plugin would have no components");
        Xml.parse(DESCRIPTOR);
        springFiles(RESOURCES).forEach(Xml::parse);
    }

    @Test
    void everyClassNamedInTheDescriptorExistsAndIsTheRightKind() {
        assertFalse(ClassLint.descriptorClassRefs(DESCRIPTOR).isEmpty(), "the descriptor names no class at all");
        assertNoProblems("classes named in atlassian-plugin.xml", classLint.checkDescriptorClasses(DESCRIPTOR));
    }

    @Test
    void everySpringBeanAndReferenceNamesAClassOfTheRightKind() {
        assertNoProblems("classes named in META-INF/spring", classLint.checkSpringClasses(springFiles(RESOURCES)));
    }

    @Test
    void everyConstructorDependencyIsAvailableInTheSpringContext() {
        assertNoProblems("constructor injection",
                classLint.checkConstructorDependencies(DESCRIPTOR, springFiles(RESOURCES)));
    }

    @Test
    void everyRestPackageExistsAndHoldsAResource() {
        assertNoProblems("<rest> packages", classLint.checkRestPackages(DESCRIPTOR));
    }

    @Test
    void everyResourceLocationExists() {
        assertNoProblems("<resource> locations", ResourceLint.resourceLocations(DESCRIPTOR, RESOURCES));
    }

    @Test
    void everyJsAndCssFileIsServedByAWebResource() {
        assertNoProblems("js/ and css/ files", ResourceLint.unservedWebFiles(DESCRIPTOR, RESOURCES));
    }

    @Test
    void everyTemplateNamedInJavaExists() {
        assertNoProblems("templates named in Java", ResourceLint.templatesNamedInJava(JAVA, RESOURCES));
    }

    @Test
    void everyI18nKeyUsedExistsInTheBundle() {
        assertNoProblems("i18n keys", ResourceLint.missingI18nKeys(DESCRIPTOR, RESOURCES, JAVA));
    }

    @Test
    void i18nBundlesHaveNoDuplicateOrEmptyKeysAndValidMessageFormats() {
        assertNoProblems("i18n bundles", ResourceLint.bundleProblems(DESCRIPTOR, RESOURCES));
    }

    @Test
    void aoEntitiesAreExactlyTheStoreEntities() {
        List<String> expected = StoreEntities.all().stream().map(Class::getName).toList();
        assertNoProblems("<ao> entities vs StoreEntities.all()", ResourceLint.aoEntities(DESCRIPTOR, expected));
    }

    @Test
    void pluginInfoDeclaresDataCenterCompatibility() {
        assertNoProblems("<plugin-info>", ResourceLint.pluginInfoParams(DESCRIPTOR));
    }

    @Test
    void everyTemplateEscapesWhatItOutputs() {
        assertFalse(ResourceLint.files(RESOURCES.resolve("templates"), ".vm").isEmpty(), "no templates found");
        assertNoProblems("unescaped template output", ResourceLint.unescapedTemplateOutput(RESOURCES));
    }

    /** Each checker, run on a deliberately broken copy, reports the breakage. */
    @Nested
    class TheCheckersCatch {

        @TempDir
        Path dir;

        private Path write(String name, String content) throws IOException {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return f;
        }

        private Path descriptor(String modules) throws IOException {
            return write("atlassian-plugin.xml", """
                    <atlassian-plugin key="${atlassian.plugin.key}" name="x" plugins-version="2">
                      <plugin-info><version>1</version></plugin-info>
                    %s
                    </atlassian-plugin>
                    """.formatted(modules));
        }

        @Test
        void aMissingClassAWrongKindAndAHostClassInTheDescriptor() throws IOException {
            Path d = descriptor("""
                    <servlet key="a" class="org.customergroups.web.NoSuchServlet"><url-pattern>/a</url-pattern></servlet>
                    <servlet key="b" class="org.customergroups.web.Html"><url-pattern>/b</url-pattern></servlet>
                    <servlet key="c" class="javax.servlet.http.HttpServlet"><url-pattern>/c</url-pattern></servlet>
                    <ao key="ao"><entity>org.customergroups.domain.CustomerGroup</entity></ao>
                    <component key="old" class="org.customergroups.service.HealthService"/>
                    <unheard-of key="u" class="com.example.Nope"/>
                    """);
            List<String> problems = classLint.checkDescriptorClasses(d);
            assertReported(problems,
                    "atlassian-plugin.xml:3 <servlet key=\"a\">: org.customergroups.web.NoSuchServlet does not exist",
                    "org.customergroups.web.Html must extend javax.servlet.http.HttpServlet",
                    "javax.servlet.http.HttpServlet is not a plugin class",
                    "javax.servlet.http.HttpServlet is abstract",
                    "org.customergroups.domain.CustomerGroup must be an interface",
                    "org.customergroups.domain.CustomerGroup must implement net.java.ao.RawEntity",
                    "<component key=\"old\">: not supported in a transformerless plugin",
                    "com.example.Nope does not exist");
        }

        @Test
        void brokenSpringBeansAndReferences() throws IOException {
            Path spring = write("META-INF/spring/broken.xml", """
                    <beans xmlns="http://www.springframework.org/schema/beans"
                           xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint">
                      <osgi:reference id="gone" interface="com.atlassian.nothing.Here"/>
                      <osgi:reference id="own" interface="org.customergroups.port.HostInfo"/>
                      <bean id="missing" class="org.customergroups.service.NoSuchService"/>
                      <bean id="host" class="java.util.ArrayList"/>
                      <bean id="factory" class="org.customergroups.service.PluginInfo" factory-method="fromNowhere"/>
                      <bean id="abstractOne" class="org.customergroups.port.HostInfo"/>
                      <bean id="listener" class="org.customergroups.jira.JiraEventListener"
                            init-method="start" destroy-method="unregister"/>
                    </beans>
                    """);
            assertReported(classLint.checkSpringClasses(List.of(spring)),
                    "org.customergroups.jira.JiraEventListener has no public no-argument method start() (init-method)",
                    "com.atlassian.nothing.Here does not exist",
                    "org.customergroups.port.HostInfo is the plugin's own type",
                    "org.customergroups.service.NoSuchService does not exist",
                    "java.util.ArrayList is not a plugin class",
                    "has no public static method fromNowhere",
                    "org.customergroups.port.HostInfo is an interface");
            assertTrue(classLint.checkSpringClasses(List.of(spring)).stream().noneMatch(p -> p.contains("unregister")),
                    "the existing destroy-method unregister() was reported");
        }

        @Test
        void aMissingOsgiReferenceForAConstructorParameter() throws IOException {
            String real = Files.readString(RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
            String withoutUserManager = real.replaceAll("<osgi:reference[^>]*sal\\.api\\.user\\.UserManager\"/>", "");
            assertFalse(real.equals(withoutUserManager), "the real Spring file no longer references UserManager");
            Path spring = write("META-INF/spring/plugin-context.xml", withoutUserManager);
            assertReported(classLint.checkConstructorDependencies(DESCRIPTOR, List.of(spring)),
                    "org.customergroups.rest.Caller: cannot be constructed",
                    "'users' of type com.atlassian.sal.api.user.UserManager is provided by no <bean> or <osgi:reference>",
                    "org.customergroups.web.AboutServlet: cannot be constructed");
        }

        @Test
        void restPackagesThatAreMissingEmptyOrNotNamed() throws IOException {
            Path d = descriptor("""
                    <rest key="r1" path="/a" version="1"><package>org.customergroups.nope</package></rest>
                    <rest key="r2" path="/b" version="1"><package>org.customergroups.domain</package></rest>
                    <rest key="r3" path="/c" version="1"/>
                    """);
            assertReported(classLint.checkRestPackages(d),
                    "package org.customergroups.nope does not exist",
                    "package org.customergroups.domain has no class annotated @javax.ws.rs.Path",
                    "<rest key=\"r3\">: no <package> child");
        }

        @Test
        void missingResourceFilesAndUnservedScripts() throws IOException {
            write("res/js/served.js", "");
            write("res/js/orphan.js", "");
            Path d = descriptor("""
                    <resource type="i18n" name="i18n" location="i18n/nope"/>
                    <web-resource key="w">
                      <resource type="download" name="served.js" location="js/served.js"/>
                      <resource type="download" name="gone.css" location="css/gone.css"/>
                    </web-resource>
                    <customfield-searcher key="s" class="x.S">
                      <resource type="velocity" name="search" location="templates/plugins/fields/edit-searcher/a.vm"/>
                      <resource type="velocity" name="view" location="templates/customergroups/gone-searcher.vm"/>
                    </customfield-searcher>
                    <customfield-type key="t" class="x.T">
                      <resource type="velocity" name="view" location="templates/plugins/fields/view/b.vm"/>
                    </customfield-type>
                    """);
            Path res = dir.resolve("res");
            // Jira's own searcher templates are not the plugin's files; anywhere else they must exist.
            assertReported(ResourceLint.resourceLocations(d, res),
                    "i18n bundle i18n/nope.properties does not exist", "css/gone.css (type download) does not exist",
                    "templates/customergroups/gone-searcher.vm (type velocity) does not exist",
                    "templates/plugins/fields/view/b.vm (type velocity) does not exist");
            assertEquals(4, ResourceLint.resourceLocations(d, res).size());
            assertReported(ResourceLint.unservedWebFiles(d, res), "js/orphan.js is not the location of any <resource>");
            assertEquals(1, ResourceLint.unservedWebFiles(d, res).size());
        }

        @Test
        void aTemplateNamedInJavaThatDoesNotExist() throws IOException {
            write("java/x/A.java", """
                    class A {
                        // "templates/commented/out.vm" is not code
                        static final String T = "templates/customergroups/about.vm";
                        static final String U = "templates/customergroups/gone.vm";
                    }
                    """);
            List<String> problems = ResourceLint.templatesNamedInJava(dir.resolve("java"), RESOURCES);
            assertEquals(List.of("x/A.java:4: template templates/customergroups/gone.vm does not exist under "
                    + RESOURCES), problems);
        }

        @Test
        void duplicateKeysEvenAcrossContinuationsAndComments() {
            I18nBundle bundle = I18nBundle.parse(dir.resolve("b.properties"), List.of(
                    "# cg.a.x=commented out",
                    "! cg.a.x=also commented out",
                    "cg.a.x=one \\",
                    "   cg.a.x=still the value of the line above",
                    "cg.a.y = two",
                    "cg.a.x:three"));
            assertEquals("one cg.a.x=still the value of the line above", bundle.asMap().get("cg.a.x"));
            assertEquals("two", bundle.asMap().get("cg.a.y"));
            assertEquals(List.of("b.properties: key cg.a.x is defined 2 times, on lines [3, 6]"), bundle.problems());
        }

        @Test
        void apostrophesBadPatternsEmptyValuesOddKeysAndNonAscii() throws IOException {
            Path f = write("i18n/b.properties", String.join("\n",
                    "cg.ok.escaped=You don''t have {0}",
                    "cg.ok.braces=Write '{'0'}' literally",
                    "cg.ok.unicode=Checking\\u2026",
                    "cg.bad.lone=You don't have permission",
                    "cg.bad.pair=It's Bob's",
                    "cg.bad.pattern=Hello {0",
                    "cg.bad.empty=",
                    "other.key=x",
                    "cg.bad.utf8=Checking\u2026",
                    "cg.bad.unicode=\\u12"));
            List<String> problems = I18nBundle.read(f).problems();
            assertReported(problems,
                    "b.properties:4: cg.bad.lone: lone apostrophe",
                    "b.properties:5: cg.bad.pair: apostrophes at columns 3 and 9",
                    "b.properties:6: cg.bad.pattern: not a valid MessageFormat pattern",
                    "b.properties:7: cg.bad.empty: empty value",
                    "b.properties:8: other.key: key does not match",
                    "b.properties:9: non-ASCII",
                    "b.properties:10: malformed \\u escape");
            assertTrue(problems.stream().noneMatch(p -> p.contains("cg.ok.")), () -> String.join("\n", problems));
        }

        @Test
        void i18nKeysMissingFromTheBundleInEveryKindOfFile() throws IOException {
            Path res = dir.resolve("res");
            write("res/i18n/b.properties", "cg.a.known=Known\ncg.status.UP=Up\ncg.desc.x=D\n");
            write("res/templates/t.vm", """
                    #* $i18n.getText("cg.in.comment") *#
                    $html.escapeHtml($i18n.getText("cg.a.known"))
                    $html.escapeHtml($i18n.getText('cg.vm.missing'))
                    $html.escapeHtml($i18n.getText("cg.status.$s"))
                    $html.escapeHtml($i18n.getText("cg.nostatus.$s"))
                    """);
            write("res/js/a.js", """
                    AJS.I18n.getText('cg.a.known');
                    AJS.I18n.getText("cg.js.missing", 1);
                    AJS.I18n.getText(key);
                    AJS.I18n.getText('cg.a.' + key);
                    """);
            write("java/x/A.java", """
                    class A {
                        String a = "cg.a.known";     // a key
                        String b = "cg.java.missing";
                        String c = "cg.pluginJar";   // not key-shaped: ignored
                        String d = "cg.status.";     // prefix of keys built at run time
                        String e = "cg.gone.";
                        /* "cg.in.comment" */
                    }
                    """);
            Path d = descriptor("""
                    <resource type="i18n" name="i18n" location="i18n/b"/>
                    <servlet key="s" name="S" i18n-name-key="cg.name.missing" class="x.S">
                      <description key="cg.desc.x">D</description>
                      <label key="cg.label.missing"/>
                    </servlet>
                    """);
            List<String> problems = ResourceLint.missingI18nKeys(d, res, dir.resolve("java"));
            assertReported(problems,
                    "i18n-name-key: i18n key cg.name.missing",
                    "key: i18n key cg.label.missing",
                    "templates/t.vm:3: i18n key cg.vm.missing",
                    "templates/t.vm:5: no i18n key starts with cg.nostatus.",
                    "js/a.js:2: i18n key cg.js.missing",
                    "js/a.js:3: AJS.I18n.getText(key);: the argument of I18n.getText must be one string literal",
                    "js/a.js:4: AJS.I18n.getText('cg.a.' + key);: the argument",
                    "x/A.java:3: i18n key cg.java.missing",
                    "x/A.java:6: no i18n key starts with cg.gone.");
            assertEquals(9, problems.size(), () -> String.join("\n", problems));
        }

        @Test
        void unescapedTemplateOutput() {
            String template = """
                    #* @vtlvariable name="group" type="x.Group" *#
                    ## $group.name in a comment
                    <p>$group.name</p>
                    <p>$!group.description</p>
                    <p title="${group.name}">\\$group.name costs $5 #if($group.name)yes#end</p>
                    #set($x = $group.name)
                    #foreach($m in $group.members())$html.escapeHtml($m.name)#end
                    $html.escapeHtml($i18n.getText("cg.status.$group.status()"))
                    $webResourceManager.requireResource("a:b")
                    $!webResourceManager.requireResource("a:b")
                    <td>$!health.database().customerGroups()</td>
                    #evaluate($group.name)
                    """;
            List<String> found = VelocityEscaping.unescapedOutput(template).stream().map(Object::toString).toList();
            assertEquals(List.of(
                    "3: $group.name (output without $html.escapeHtml(...))",
                    "4: $!group.description (output without $html.escapeHtml(...))",
                    "5: ${group.name} (output without $html.escapeHtml(...))",
                    "9: $webResourceManager.requireResource(\"a:b\") (write $!webResourceManager...: a void call "
                            + "without ! prints its own source)",
                    "12: #evaluate (not allowed in the plugin's templates)"), found);
        }

        @Test
        void aoEntitiesThatDifferFromStoreEntities() throws IOException {
            Path d = descriptor("""
                    <ao key="ao">
                      <entity>org.customergroups.store.ao.CustomerGroupEntity</entity>
                      <entity>org.customergroups.store.ao.ExtraEntity</entity>
                    </ao>
                    """);
            assertReported(ResourceLint.aoEntities(d, List.of("org.customergroups.store.ao.CustomerGroupEntity",
                            "org.customergroups.store.ao.ForgottenEntity")),
                    "ExtraEntity is in <ao> but not in StoreEntities.all()",
                    "ForgottenEntity is in StoreEntities.all() but not in <ao>");
        }

        @Test
        void pluginInfoWithoutDataCenterParams() throws IOException {
            Path d = write("atlassian-plugin.xml", """
                    <atlassian-plugin key="k" name="x" plugins-version="2">
                      <plugin-info><param name="atlassian-data-center-status">incompatible</param></plugin-info>
                    </atlassian-plugin>
                    """);
            assertEquals(List.of(
                    "<plugin-info> <param name=\"atlassian-data-center-compatible\"> must be \"true\" but is missing",
                    "<plugin-info> <param name=\"atlassian-data-center-status\"> must be \"compatible\" but is \"incompatible\""),
                    ResourceLint.pluginInfoParams(d).stream().sorted().toList());
        }
    }
}
