package org.customergroups.service;

import java.io.IOException;
import java.io.Writer;

/**
 * An audit export whose filter and permissions {@link AuditService#prepareExport} already checked, so that the
 * REST edge can refuse with a proper error before it starts streaming, then write the CSV.
 */
@FunctionalInterface
public interface AuditExport {
    /** Writes the CSV (header first, newest entry first), chunk by chunk; does not close {@code out}. */
    void writeTo(Writer out) throws IOException;
}
