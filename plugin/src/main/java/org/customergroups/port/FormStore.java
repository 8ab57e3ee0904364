package org.customergroups.port;

import org.customergroups.domain.RequestForm;

import java.util.Optional;

/** Per-project request form definitions: one row per project that saved its form. */
public interface FormStore {

    /** The saved form; empty when the project never saved one (callers use {@link RequestForm#initial}). */
    Optional<RequestForm> find(long projectId);

    /** Inserts or replaces the project's form; returns what was stored. */
    RequestForm put(RequestForm form);
}
