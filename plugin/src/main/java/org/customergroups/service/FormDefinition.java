package org.customergroups.service;

import org.customergroups.domain.RequestForm;

/**
 * A stored form for its editors, with the display name of who saved it last ({@code updatedByName}: null when it
 * was never saved or that user no longer exists).
 */
public record FormDefinition(RequestForm form, String updatedByName) {
}
