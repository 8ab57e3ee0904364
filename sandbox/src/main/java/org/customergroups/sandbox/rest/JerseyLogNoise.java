package org.customergroups.sandbox.rest;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Drops two Jersey start-up warnings that are wrong for the sandbox (Jersey logs through JUL):
 * resource INSTANCES are reported as "will be ignored" though they work (eclipse-ee4j/jersey#3700),
 * and the optional javax.activation DataSource writer is reported missing. Everything else passes.
 */
final class JerseyLogNoise {

    // JUL keeps loggers weakly: hold them so the filters stay installed.
    private static final Logger PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    private static final Logger BINDERS = Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders");

    private JerseyLogNoise() {
    }

    static void silence() {
        PROVIDERS.setFilter(dropping("does not implement any provider interfaces applicable in the SERVER runtime"));
        BINDERS.setFilter(dropping("javax.activation.DataSource"));
    }

    private static Filter dropping(String fragment) {
        return rec -> rec.getMessage() == null || !rec.getMessage().contains(fragment);
    }
}
