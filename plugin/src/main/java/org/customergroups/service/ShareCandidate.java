package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;

/** A group of the project catalog that the issue can be shared with, and whether it already is. */
public record ShareCandidate(CustomerGroup group, boolean shared) {
}
