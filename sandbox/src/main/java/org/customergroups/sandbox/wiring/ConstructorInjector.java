package org.customergroups.sandbox.wiring;

import javax.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;

/**
 * Creates plugin classes Jira would create itself (REST resources, providers, servlets) by
 * constructor injection from {@link Components}: the {@code @Inject} constructor, else the only
 * public one. New plugin classes then need no change in the sandbox.
 */
public final class ConstructorInjector {

    private final Components components;

    public ConstructorInjector(Components components) {
        this.components = components;
    }

    public Object create(String className) {
        try {
            return create(Class.forName(className, true, ConstructorInjector.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Plugin class " + className + " not found", e);
        }
    }

    public <T> T create(Class<T> type) {
        Constructor<?> constructor = constructorOf(type);
        Object[] args = Arrays.stream(constructor.getParameterTypes()).map(components::get).toArray();
        try {
            return type.cast(constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    static Constructor<?> constructorOf(Class<?> type) {
        List<Constructor<?>> injectable = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class))
                .toList();
        if (injectable.size() == 1) {
            return injectable.get(0);
        }
        Constructor<?>[] publicOnes = type.getConstructors();
        if (injectable.isEmpty() && publicOnes.length == 1) {
            return publicOnes[0];
        }
        throw new IllegalStateException(type.getName()
                + " needs exactly one @Inject constructor or exactly one public constructor");
    }
}
