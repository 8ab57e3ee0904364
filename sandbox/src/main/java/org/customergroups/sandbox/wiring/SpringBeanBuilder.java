package org.customergroups.sandbox.wiring;

import org.customergroups.sandbox.wiring.SpringContext.Arg;
import org.customergroups.sandbox.wiring.SpringContext.Bean;
import org.customergroups.sandbox.wiring.SpringContext.Reference;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the beans of a {@link SpringContext} as Spring does with {@code default-autowire="constructor"}:
 * each constructor (or static factory method) parameter is the one host service or bean of that
 * type, or what its {@code <constructor-arg>} names, then its {@code init-method} runs. The host
 * services stand in for the OSGi references. <em>Replaced</em> beans (the Jira adapters) are not
 * built: the host services must implement their port interfaces instead. <em>Skipped</em> beans
 * (the Jira event listeners) are not built either: the host delivers their events itself, and no
 * built bean may need them. An OSGi reference may lack a host service only when nothing but
 * replaced or skipped beans needs it.
 */
public final class SpringBeanBuilder {

    private final SpringContext context;
    private final Components host;
    private final Predicate<Bean> replaced;
    private final Predicate<Bean> skipped;
    private final String portPackage;
    private final ClassLoader loader;
    private final Map<String, Bean> beansById = new LinkedHashMap<>();
    private final Map<String, Reference> referencesById = new HashMap<>();
    private final Map<String, Object> built = new LinkedHashMap<>();
    private final Set<String> creating = new HashSet<>();

    private SpringBeanBuilder(SpringContext context, Components host, Predicate<Bean> replaced, Predicate<Bean> skipped,
                              String portPackage, ClassLoader loader) {
        this.context = context;
        this.host = host;
        this.replaced = replaced;
        this.skipped = skipped;
        this.portPackage = portPackage;
        this.loader = loader;
        context.beans().forEach(b -> beansById.put(b.id(), b));
        context.references().forEach(r -> referencesById.put(r.id(), r));
    }

    /**
     * Every bean that is not replaced, by id, in the file's order. A replaced bean's interfaces in
     * {@code portPackage} must each be implemented by a host service.
     */
    public static Map<String, Object> build(SpringContext context, Components host, Predicate<Bean> replaced,
                                            String portPackage, ClassLoader loader) {
        return build(context, host, replaced, bean -> false, portPackage, loader);
    }

    /** As {@link #build(SpringContext, Components, Predicate, String, ClassLoader)}, leaving out skipped beans too. */
    public static Map<String, Object> build(SpringContext context, Components host, Predicate<Bean> replaced,
                                            Predicate<Bean> skipped, String portPackage, ClassLoader loader) {
        SpringBeanBuilder builder = new SpringBeanBuilder(context, host, replaced, skipped, portPackage, loader);
        builder.checkReplacements();
        builder.checkReferences();
        Map<String, Object> result = new LinkedHashMap<>();
        for (Bean bean : context.beans()) {
            if (builder.built(bean)) {
                result.put(bean.id(), builder.bean(bean));
            }
        }
        return result;
    }

    /** Calls the {@code destroy-method} of each built bean, in the reverse order of the file, as Spring does. */
    public static void destroy(SpringContext context, Map<String, Object> beans, ClassLoader loader) {
        List<Bean> reversed = new ArrayList<>(context.beans());
        Collections.reverse(reversed);
        RuntimeException failure = null;
        for (Bean bean : reversed) {
            Object instance = beans.get(bean.id());
            if (instance != null && bean.destroyMethod() != null) {
                try {
                    call(bean, instance, bean.destroyMethod());
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private boolean built(Bean bean) {
        return !replaced.test(bean) && !skipped.test(bean);
    }

    /** The beans whose creator asks for {@code reference} (by type or by {@code ref}). */
    public static List<Bean> beansNeeding(SpringContext context, Reference reference, ClassLoader loader) {
        Class<?> type = reference.type(loader);
        List<Bean> result = new ArrayList<>();
        for (Bean bean : context.beans()) {
            Executable creator = bean.creator(loader);
            Class<?>[] params = creator.getParameterTypes();
            for (int i = 0; i < params.length; i++) {
                Arg arg = bean.arg(i).orElse(null);
                boolean needs = arg == null ? params[i].isAssignableFrom(type) : reference.id().equals(arg.ref());
                if (needs) {
                    result.add(bean);
                    break;
                }
            }
        }
        return result;
    }

    private void checkReplacements() {
        for (Bean bean : context.beans()) {
            if (!replaced.test(bean)) {
                continue;
            }
            Class<?> type = bean.type(loader);
            List<Class<?>> ports = Arrays.stream(type.getInterfaces())
                    .filter(i -> i.getName().startsWith(portPackage))
                    .toList();
            if (ports.isEmpty()) {
                throw new IllegalStateException("Bean " + bean.id() + " (" + type.getName()
                        + ") implements no interface of " + portPackage + ": the sandbox cannot stand in for it");
            }
            for (Class<?> port : ports) {
                if (host.all(port).isEmpty()) {
                    throw new IllegalStateException("Bean " + bean.id() + " (" + type.getName() + ") is replaced, but the"
                            + " sandbox has no " + port.getName() + ": add one to SandboxComponents");
                }
            }
        }
    }

    private void checkReferences() {
        for (Reference reference : context.references()) {
            if (!host.all(reference.type(loader)).isEmpty()) {
                continue;
            }
            List<Bean> needing = beansNeeding(context, reference, loader);
            List<String> notReplaced = needing.stream().filter(this::built).map(Bean::id).toList();
            if (needing.isEmpty() || !notReplaced.isEmpty()) {
                throw new IllegalStateException("The sandbox has no service for <osgi:reference id=\"" + reference.id()
                        + "\" interface=\"" + reference.interfaceName() + "\">"
                        + (notReplaced.isEmpty() ? "" : ", needed by " + notReplaced) + ": add one to SandboxComponents");
            }
        }
    }

    private Object bean(Bean bean) {
        Object existing = built.get(bean.id());
        if (existing != null) {
            return existing;
        }
        if (!creating.add(bean.id())) {
            throw new IllegalStateException("Circular constructor dependency through bean " + bean.id());
        }
        Executable creator = bean.creator(loader);
        Class<?>[] params = creator.getParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Arg arg = bean.arg(i).orElse(null);
            args[i] = arg == null ? byType(bean, params[i]) : explicit(bean, params[i], arg);
        }
        Object instance = invoke(bean, creator, args);
        if (bean.initMethod() != null) {
            call(bean, instance, bean.initMethod());
        }
        creating.remove(bean.id());
        built.put(bean.id(), instance);
        return instance;
    }

    private Object byType(Bean forBean, Class<?> type) {
        List<Object> services = host.all(type);
        List<Bean> beans = context.beans().stream()
                .filter(b -> built(b) && type.isAssignableFrom(b.producedType(loader)))
                .toList();
        if (services.size() + beans.size() != 1) {
            throw new IllegalStateException("Bean " + forBean.id() + " needs one " + type.getName() + ", the sandbox has "
                    + (services.size() + beans.size()) + " (host services " + services.size() + ", beans "
                    + beans.stream().map(Bean::id).toList() + ")");
        }
        return services.isEmpty() ? bean(beans.get(0)) : services.get(0);
    }

    private Object explicit(Bean forBean, Class<?> type, Arg arg) {
        if (arg.ref() != null) {
            Bean target = beansById.get(arg.ref());
            if (target != null) {
                if (replaced.test(target)) {
                    return byType(forBean, type);
                }
                if (skipped.test(target)) {
                    throw new IllegalStateException("Bean " + forBean.id() + " needs bean " + target.id()
                            + ", which the sandbox does not build");
                }
                return bean(target);
            }
            Reference reference = referencesById.get(arg.ref());
            if (reference == null) {
                throw new IllegalStateException("Bean " + forBean.id() + " refers to unknown " + arg.ref());
            }
            return host.get(reference.type(loader));
        }
        return literal(forBean, type, arg.value());
    }

    private static Object literal(Bean forBean, Class<?> type, String value) {
        if (type == String.class) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        throw new IllegalStateException("Bean " + forBean.id() + ": the sandbox cannot convert a value to " + type);
    }

    private static void call(Bean bean, Object instance, String method) {
        try {
            instance.getClass().getMethod(method).invoke(instance);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Bean " + bean.id() + ": " + method + "() failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Bean " + bean.id() + " has no public " + method + "()", e);
        }
    }

    private static Object invoke(Bean bean, Executable creator, Object[] args) {
        try {
            return creator instanceof Method m ? m.invoke(null, args) : ((Constructor<?>) creator).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Creating bean " + bean.id() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create bean " + bean.id(), e);
        }
    }
}
