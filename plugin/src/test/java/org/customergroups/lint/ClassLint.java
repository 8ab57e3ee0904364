package org.customergroups.lint;

import org.customergroups.lint.Classes.Found;
import org.customergroups.lint.Classes.Lookup;
import org.customergroups.lint.Classes.Missing;
import org.customergroups.lint.ModuleKinds.Kind;
import org.customergroups.lint.ModuleKinds.Origin;
import org.customergroups.lint.ModuleKinds.Shape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the classes named by {@code atlassian-plugin.xml} and {@code META-INF/spring/*.xml}:
 * they exist, are the plugin's own (unless the module type allows a host class), are the right
 * kind for their element ({@link ModuleKinds}), and can be constructed from what the Spring
 * context offers. Every method returns a list of problems (empty = fine), each naming file,
 * line and element.
 */
final class ClassLint {

    static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    static final Set<String> OSGI_NS = Set.of(
            "http://www.eclipse.org/gemini/blueprint/schema/blueprint",
            "http://www.springframework.org/schema/osgi");

    /** A class named in a descriptor: where, by which element, and the name as written. */
    record ClassRef(String where, String element, String name) {
    }

    /** Something the Spring context can inject: a bean or an OSGi service reference. */
    record Candidate(String id, Class<?> type) {
    }

    private final Classes classes;

    ClassLint(Classes classes) {
        this.classes = classes;
    }

    // ---------------------------------------------------------------------------------------------
    // atlassian-plugin.xml

    /** Every {@code class} attribute, plus the text of {@code <entity>} and {@code <upgradeTask>}. */
    static List<ClassRef> descriptorClassRefs(Path descriptor) {
        Document doc = Xml.parse(descriptor);
        List<ClassRef> refs = new ArrayList<>();
        for (Element e : Xml.descendants(doc)) {
            String element = Xml.name(e);
            String where = where(descriptor, e);
            String cls = Xml.attr(e, "class");
            if (cls != null) {
                refs.add(new ClassRef(where, element, cls));
            }
            if (element.equals("entity") || element.equals("upgradeTask")) {
                refs.add(new ClassRef(where, element, Xml.text(e)));
            }
        }
        return refs;
    }

    List<String> checkDescriptorClasses(Path descriptor) {
        List<String> problems = new ArrayList<>();
        for (Element e : Xml.descendants(Xml.parse(descriptor))) {
            String why = ModuleKinds.FORBIDDEN.get(Xml.name(e));
            if (why != null) {
                problems.add(where(descriptor, e) + ": not supported in a transformerless plugin; " + why);
            }
        }
        for (ClassRef ref : descriptorClassRefs(descriptor)) {
            checkClass(ref, ModuleKinds.of(ref.element()), problems);
        }
        return problems;
    }

    private void checkClass(ClassRef ref, Kind kind, List<String> problems) {
        String at = ref.where() + ": " + ref.name();
        if (ref.name().isBlank()) {
            problems.add(ref.where() + ": empty class name");
            return;
        }
        Lookup lookup = classes.find(ref.name());
        if (lookup instanceof Missing m) {
            problems.add(at + " " + m.reason());
            return;
        }
        Class<?> type = ((Found) lookup).type();
        boolean plugin = classes.isPluginClass(type);
        if (kind.origin() == Origin.PLUGIN && !plugin) {
            problems.add(at + " is not a plugin class (must be compiled from plugin/src/main/java, package "
                    + "org.customergroups); <" + ref.element() + "> needs the plugin's own class");
        } else if (kind.origin() != Origin.ANY && !plugin && type.getName().startsWith(Classes.PLUGIN_PACKAGE)) {
            problems.add(at + " is in package org.customergroups but not a main class of the plugin");
        }
        if (kind.supertype() != null) {
            Lookup sup = classes.find(kind.supertype());
            if (sup instanceof Missing) {
                problems.add(at + ": cannot check it, " + kind.supertype()
                        + " is not on the test class path (declare it in platform-api)");
            } else {
                Class<?> supertype = ((Found) sup).type();
                if (!supertype.isAssignableFrom(type)) {
                    problems.add(at + " must " + (supertype.isInterface() && !type.isInterface() ? "implement " : "extend ")
                            + kind.supertype() + " to be used in <" + ref.element() + ">");
                }
            }
        }
        if (kind.shape() == Shape.INTERFACE && !type.isInterface()) {
            problems.add(at + " must be an interface for <" + ref.element() + ">");
        } else if (kind.shape() == Shape.CONCRETE) {
            String why = notInstantiable(type);
            if (why != null) {
                problems.add(at + " " + why + ", but the host instantiates the class of <" + ref.element() + ">");
            }
        }
    }

    /** Null when the class is a public concrete class with a public constructor, else why not. */
    static String notInstantiable(Class<?> type) {
        int m = type.getModifiers();
        if (type.isInterface() || type.isAnnotation()) {
            return "is an interface";
        }
        if (type.isEnum() || type.isPrimitive() || type.isArray()) {
            return "is not a class that can be instantiated";
        }
        if (Modifier.isAbstract(m)) {
            return "is abstract";
        }
        if (!Modifier.isPublic(m)) {
            return "is not public";
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(m)) {
            return "is an inner (non-static nested) class";
        }
        try {
            if (type.getConstructors().length == 0) {
                return "has no public constructor";
            }
        } catch (LinkageError e) {
            return "has constructors that cannot be loaded (" + e + ")";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // META-INF/spring/*.xml

    List<String> checkSpringClasses(List<Path> springFiles) {
        List<String> problems = new ArrayList<>();
        for (Path file : springFiles) {
            for (Element e : Xml.descendants(Xml.parse(file))) {
                String ns = e.getNamespaceURI();
                String element = Xml.name(e);
                String where = where(file, e);
                if (BEANS_NS.equals(ns) && element.equals("bean")) {
                    checkBean(file, e, where, problems);
                } else if (ns != null && OSGI_NS.contains(ns) && isServiceElement(element)) {
                    checkOsgiInterfaces(e, element, where, problems);
                }
            }
        }
        return problems;
    }

    private static boolean isServiceElement(String element) {
        return element.equals("reference") || element.equals("list") || element.equals("set")
                || element.equals("service");
    }

    private void checkBean(Path file, Element bean, String where, List<String> problems) {
        String cls = Xml.attr(bean, "class");
        if (cls == null) {
            if (Xml.attr(bean, "parent") == null && Xml.attr(bean, "factory-bean") == null) {
                problems.add(where + ": <bean> without class, parent or factory-bean");
            }
            return;
        }
        String at = where + ": " + cls;
        Lookup lookup = classes.find(cls);
        if (lookup instanceof Missing m) {
            problems.add(at + " " + m.reason());
            return;
        }
        Class<?> type = ((Found) lookup).type();
        if (!classes.isPluginClass(type)) {
            problems.add(at + " is not a plugin class: beans are the plugin's own components; host services "
                    + "come in through <osgi:reference>");
        }
        for (String lifecycle : List.of("init-method", "destroy-method")) {
            String name = Xml.attr(bean, lifecycle);
            if (name != null && Arrays.stream(type.getMethods())
                    .noneMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0)) {
                problems.add(at + " has no public no-argument method " + name + "() (" + lifecycle + ")");
            }
        }
        String factoryMethod = Xml.attr(bean, "factory-method");
        if (factoryMethod != null) {
            if (Xml.attr(bean, "factory-bean") == null && staticFactoryMethods(type, factoryMethod).isEmpty()) {
                problems.add(at + " has no public static method " + factoryMethod + "(...) (factory-method)");
            }
            return;
        }
        if ("true".equals(Xml.attr(bean, "abstract"))) {
            return;
        }
        String why = notInstantiable(type);
        if (why != null) {
            problems.add(at + " " + why + ", but Spring must instantiate it (or give a factory-method)");
            return;
        }
        if (!autowiresByConstructor(bean) && Xml.children(bean, "constructor-arg").isEmpty()
                && Arrays.stream(type.getConstructors()).noneMatch(c -> c.getParameterCount() == 0)) {
            problems.add(at + " has no public no-arg constructor, and the bean neither autowires by constructor "
                    + "nor gives <constructor-arg>s (file " + file.getFileName() + ")");
        }
    }

    private void checkOsgiInterfaces(Element e, String element, String where, List<String> problems) {
        List<String> names = osgiInterfaces(e);
        if (names.isEmpty()) {
            problems.add(where + ": names no interface");
        }
        for (String name : names) {
            String at = where + ": interface " + name;
            Lookup lookup = classes.find(name);
            if (lookup instanceof Missing m) {
                problems.add(at + " " + m.reason() + " (declare host interfaces in platform-api)");
                continue;
            }
            Class<?> type = ((Found) lookup).type();
            if (!type.isInterface()) {
                problems.add(at + " is not an interface; OSGi services are looked up by interface");
            }
            if (!element.equals("service") && name.startsWith(Classes.PLUGIN_PACKAGE)) {
                problems.add(at + " is the plugin's own type; <osgi:" + element + "> imports host services, "
                        + "declare a <bean> for the plugin's components");
            }
        }
    }

    private static List<String> osgiInterfaces(Element e) {
        List<String> names = new ArrayList<>();
        String single = Xml.attr(e, "interface");
        if (single != null) {
            names.add(single.trim());
        }
        for (Element interfaces : Xml.children(e, "interfaces")) {
            for (Element value : Xml.children(interfaces, "value")) {
                names.add(Xml.text(value));
            }
        }
        return names;
    }

    private static List<Method> staticFactoryMethods(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers()))
                .toList();
    }

    private static boolean autowiresByConstructor(Element bean) {
        String mode = Xml.attr(bean, "autowire");
        if (mode == null || mode.equals("default")) {
            Element root = bean.getOwnerDocument().getDocumentElement();
            mode = Xml.attr(root, "default-autowire");
        }
        return "constructor".equals(mode);
    }

    // ---------------------------------------------------------------------------------------------
    // <rest> packages

    List<String> checkRestPackages(Path descriptor) {
        List<String> problems = new ArrayList<>();
        for (Element rest : Xml.descendants(Xml.parse(descriptor))) {
            if (!Xml.name(rest).equals("rest")) {
                continue;
            }
            List<Element> packages = Xml.children(rest, "package");
            if (packages.isEmpty()) {
                problems.add(where(descriptor, rest) + ": no <package> child, so Jersey would scan every class of "
                        + "the plugin; name the REST packages");
            }
            for (Element p : packages) {
                String pkg = Xml.text(p);
                String at = where(descriptor, p) + ": package " + pkg;
                if (!classes.packageExists(pkg)) {
                    problems.add(at + " does not exist in the plugin's classes");
                } else if (classes.inPackageTree(pkg).stream().noneMatch(c -> c.isAnnotationPresent(javax.ws.rs.Path.class))) {
                    problems.add(at + " has no class annotated @javax.ws.rs.Path");
                }
            }
        }
        return problems;
    }

    /** Resources and providers Jersey instantiates from the {@code <rest>} packages. */
    private List<Class<?>> restComponents(Path descriptor) {
        List<Class<?>> out = new ArrayList<>();
        for (Element p : Xml.descendants(Xml.parse(descriptor))) {
            if (Xml.name(p).equals("package") && p.getParentNode() instanceof Element parent
                    && Xml.name(parent).equals("rest")) {
                for (Class<?> c : classes.inPackageTree(Xml.text(p))) {
                    if ((c.isAnnotationPresent(javax.ws.rs.Path.class)
                            || c.isAnnotationPresent(javax.ws.rs.ext.Provider.class)) && notInstantiable(c) == null) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // constructor injection

    /**
     * Everything the host builds by constructor autowiring from the plugin's Spring context
     * (autowired beans, the classes of servlets/filters/providers/... modules, REST resources and
     * providers) has a public constructor whose every parameter is provided by exactly one bean or
     * {@code osgi:reference} (or by one whose id is the parameter's name). A missing
     * {@code osgi:reference} otherwise only shows up when Jira enables the plugin.
     */
    List<String> checkConstructorDependencies(Path descriptor, List<Path> springFiles) {
        List<Candidate> candidates = candidates(springFiles);
        Map<String, Class<?>> targets = new java.util.LinkedHashMap<>();
        for (Path file : springFiles) {
            for (Element bean : Xml.descendants(Xml.parse(file))) {
                if (BEANS_NS.equals(bean.getNamespaceURI()) && Xml.name(bean).equals("bean")
                        && Xml.attr(bean, "class") != null && Xml.attr(bean, "factory-method") == null
                        && autowiresByConstructor(bean) && Xml.children(bean, "constructor-arg").isEmpty()
                        && classes.find(Xml.attr(bean, "class")) instanceof Found f && notInstantiable(f.type()) == null) {
                    targets.put(where(file, bean) + " " + f.type().getName(), f.type());
                }
            }
        }
        for (ClassRef ref : descriptorClassRefs(descriptor)) {
            Kind kind = ModuleKinds.of(ref.element());
            if (kind.shape() == Shape.CONCRETE && classes.find(ref.name()) instanceof Found f
                    && classes.isPluginClass(f.type()) && notInstantiable(f.type()) == null) {
                targets.put(ref.where() + " " + f.type().getName(), f.type());
            }
        }
        for (Class<?> c : restComponents(descriptor)) {
            targets.put("REST " + c.getName(), c);
        }

        List<String> problems = new ArrayList<>();
        targets.forEach((where, type) -> {
            List<Constructor<?>> ctors = Arrays.stream(type.getConstructors())
                    .sorted(Comparator.comparingInt((Constructor<?> c) -> c.getParameterCount()).reversed())
                    .toList();
            List<String> firstFailure = null;
            for (Constructor<?> ctor : ctors) {
                List<String> unresolved = unresolved(type, ctor, candidates);
                if (unresolved.isEmpty()) {
                    return;
                }
                firstFailure = firstFailure == null ? unresolved : firstFailure;
            }
            if (firstFailure != null) {
                problems.add(where + ": cannot be constructed from the Spring context: " + String.join("; ", firstFailure));
            }
        });
        return problems;
    }

    private static List<String> unresolved(Class<?> target, Constructor<?> ctor, List<Candidate> candidates) {
        List<String> out = new ArrayList<>();
        for (Parameter p : ctor.getParameters()) {
            if (Arrays.stream(p.getAnnotations()).map(Annotation::annotationType).map(Class::getName)
                    .anyMatch("javax.ws.rs.core.Context"::equals)) {
                continue; // Jersey injects these
            }
            List<Candidate> matches = candidates.stream()
                    .filter(c -> c.type() != target && p.getType().isAssignableFrom(c.type()))
                    .toList();
            String param = "parameter " + (p.isNamePresent() ? "'" + p.getName() + "' " : "")
                    + "of type " + p.getType().getName();
            if (matches.isEmpty()) {
                out.add(param + " is provided by no <bean> or <osgi:reference>");
            } else if (matches.size() > 1 && matches.stream().noneMatch(c -> c.id().equals(p.getName()))) {
                out.add(param + " is ambiguous: " + matches.stream().map(Candidate::id).toList());
            }
        }
        return out;
    }

    /** What the Spring context can inject: beans (by class or factory-method return type) and references. */
    List<Candidate> candidates(List<Path> springFiles) {
        List<Candidate> out = new ArrayList<>();
        // Gemini Blueprint registers the bundle context in every plugin's application context.
        if (classes.find("org.osgi.framework.BundleContext") instanceof Found f) {
            out.add(new Candidate("bundleContext", f.type()));
        }
        for (Path file : springFiles) {
            for (Element e : Xml.descendants(Xml.parse(file))) {
                String ns = e.getNamespaceURI();
                String id = Xml.attr(e, "id") != null ? Xml.attr(e, "id") : "(no id) " + where(file, e);
                if (BEANS_NS.equals(ns) && Xml.name(e).equals("bean") && Xml.attr(e, "class") != null
                        && classes.find(Xml.attr(e, "class")) instanceof Found f) {
                    String fm = Xml.attr(e, "factory-method");
                    if (fm == null) {
                        out.add(new Candidate(id, f.type()));
                    } else {
                        staticFactoryMethods(f.type(), fm).stream().findFirst()
                                .ifPresent(m -> out.add(new Candidate(id, m.getReturnType())));
                    }
                } else if (ns != null && OSGI_NS.contains(ns) && Xml.name(e).equals("reference")) {
                    for (String name : osgiInterfaces(e)) {
                        if (classes.find(name) instanceof Found f) {
                            out.add(new Candidate(id, f.type()));
                        }
                    }
                }
            }
        }
        return out;
    }

    static String where(Path file, Element e) {
        String key = Xml.attr(e, "key") != null ? " key=\"" + Xml.attr(e, "key") + "\""
                : Xml.attr(e, "id") != null ? " id=\"" + Xml.attr(e, "id") + "\"" : "";
        return file.getFileName() + ":" + Xml.line(e) + " <" + e.getTagName() + key + ">";
    }
}
