package org.customergroups.sandbox.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects that plugin constructors may ask for, looked up by type as Spring's
 * {@code default-autowire="constructor"} does: exactly one registered object must be assignable
 * to the parameter type.
 */
public final class Components {

    private final List<Object> instances = new ArrayList<>();

    public Components add(Object instance) {
        instances.add(instance);
        return this;
    }

    /** Every registered object assignable to {@code type}. */
    public List<Object> all(Class<?> type) {
        return instances.stream().filter(type::isInstance).toList();
    }

    public <T> T get(Class<T> type) {
        List<Object> matches = instances.stream().filter(type::isInstance).toList();
        if (matches.size() == 1) {
            return type.cast(matches.get(0));
        }
        throw new IllegalStateException(matches.isEmpty()
                ? "The sandbox has no component of type " + type.getName()
                + ": add it to SandboxComponents (as plugin-context.xml provides it in Jira)"
                : "The sandbox has " + matches.size() + " components of type " + type.getName());
    }
}
