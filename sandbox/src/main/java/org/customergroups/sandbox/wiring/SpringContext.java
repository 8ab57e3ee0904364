package org.customergroups.sandbox.wiring;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the plugin's Spring file ({@code META-INF/spring/plugin-context.xml}) declares, in the
 * subset the plugin uses: {@code <osgi:reference id interface>}, {@code <bean id class
 * [factory-method] [init-method] [destroy-method]>} with optional {@code <constructor-arg ref|value
 * [index]>}, autowired by constructor, and {@code <osgi:service id ref interface>} (a bean exported
 * to the host under one interface). Anything else (properties, scopes, …) is refused, so the
 * sandbox never silently builds a bean differently from Jira.
 */
public record SpringContext(List<Reference> references, List<Bean> beans, List<Service> services) {

    public static final String PLUGIN_CONTEXT = "META-INF/spring/plugin-context.xml";

    private static final List<String> BEAN_ATTRIBUTES = List.of("id", "class", "factory-method", "init-method",
            "destroy-method");

    /** An OSGi service the host provides. */
    public record Reference(String id, String interfaceName) {

        public Class<?> type(ClassLoader loader) {
            return load(interfaceName, loader);
        }
    }

    /** A plugin bean ({@code ref}) the plugin exports to the host as an OSGi service of {@code interfaceName}. */
    public record Service(String id, String ref, String interfaceName) {

        public Class<?> type(ClassLoader loader) {
            return load(interfaceName, loader);
        }
    }

    /** An explicit constructor argument: a reference to another bean or reference, or a literal value. */
    public record Arg(Integer index, String ref, String value) {
    }

    /**
     * A plugin bean; {@code initMethod} and {@code destroyMethod} (public, no arguments) are called
     * after it is built and when the plugin stops, or are null.
     */
    public record Bean(String id, String className, String factoryMethod, String initMethod, String destroyMethod,
                       List<Arg> args) {

        public Bean(String id, String className, String factoryMethod, List<Arg> args) {
            this(id, className, factoryMethod, null, null, args);
        }

        public Class<?> type(ClassLoader loader) {
            return load(className, loader);
        }

        /** The constructor Spring uses ({@code @Inject} or the only public one), or the static factory method. */
        public Executable creator(ClassLoader loader) {
            Class<?> type = type(loader);
            if (factoryMethod == null) {
                return ConstructorInjector.constructorOf(type);
            }
            List<Method> methods = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(factoryMethod) && Modifier.isStatic(m.getModifiers()))
                    .toList();
            if (methods.size() != 1) {
                throw new IllegalStateException("Bean " + id + ": " + type.getName() + " needs exactly one public static "
                        + factoryMethod + " method, has " + methods.size());
            }
            return methods.get(0);
        }

        /** What the bean is: its class, or what its factory method returns. */
        public Class<?> producedType(ClassLoader loader) {
            Executable creator = creator(loader);
            return creator instanceof Method m ? m.getReturnType() : type(loader);
        }

        public Optional<Arg> arg(int position) {
            for (int i = 0; i < args.size(); i++) {
                Arg a = args.get(i);
                if (a.index() == null ? i == position : a.index() == position) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    public static SpringContext pluginContext(ClassLoader loader) {
        return read(loader, PLUGIN_CONTEXT);
    }

    public static SpringContext read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<Reference> references = new ArrayList<>();
            List<Bean> beans = new ArrayList<>();
            List<Service> services = new ArrayList<>();
            for (Element e : children(root)) {
                switch (e.getLocalName()) {
                    case "reference" -> references.add(new Reference(e.getAttribute("id"), e.getAttribute("interface")));
                    case "bean" -> beans.add(bean(e));
                    case "service" -> services.add(service(resource, e));
                    default -> throw new IllegalStateException(resource + ": the sandbox does not support <"
                            + e.getTagName() + ">");
                }
            }
            for (Service service : services) {
                if (beans.stream().noneMatch(b -> b.id().equals(service.ref()))) {
                    throw new IllegalStateException(resource + ": <osgi:service id=\"" + service.id()
                            + "\"> exports no bean of this file: " + service.ref());
                }
            }
            return new SpringContext(List.copyOf(references), List.copyOf(beans), List.copyOf(services));
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    /** Only the single-interface form: auto-export, {@code <interfaces>}, properties and the like are refused. */
    private static Service service(String resource, Element e) {
        String id = e.getAttribute("id");
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            String attribute = e.getAttributes().item(i).getNodeName();
            if (!List.of("id", "ref", "interface").contains(attribute)) {
                throw new IllegalStateException(resource + ": <osgi:service id=\"" + id
                        + "\">: the sandbox does not support the attribute " + attribute);
            }
        }
        if (!children(e).isEmpty() || e.getAttribute("ref").isEmpty() || e.getAttribute("interface").isEmpty()) {
            throw new IllegalStateException(resource + ": <osgi:service id=\"" + id
                    + "\"> needs ref and interface and nothing inside");
        }
        return new Service(id, e.getAttribute("ref"), e.getAttribute("interface"));
    }

    private static Bean bean(Element e) {
        String id = e.getAttribute("id");
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            String attribute = e.getAttributes().item(i).getNodeName();
            if (!BEAN_ATTRIBUTES.contains(attribute)) {
                throw new IllegalStateException("Bean " + id + ": the sandbox does not support the attribute " + attribute);
            }
        }
        List<Arg> args = new ArrayList<>();
        for (Element child : children(e)) {
            if (!"constructor-arg".equals(child.getLocalName())) {
                throw new IllegalStateException("Bean " + id + ": the sandbox does not support <" + child.getTagName() + ">");
            }
            String index = child.getAttribute("index");
            args.add(new Arg(index.isEmpty() ? null : Integer.valueOf(index), emptyToNull(child.getAttribute("ref")),
                    child.hasAttribute("value") ? child.getAttribute("value") : null));
        }
        return new Bean(id, e.getAttribute("class"), emptyToNull(e.getAttribute("factory-method")),
                emptyToNull(e.getAttribute("init-method")), emptyToNull(e.getAttribute("destroy-method")),
                List.copyOf(args));
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Class " + name + " of the plugin's Spring file is not on the classpath", e);
        }
    }
}
