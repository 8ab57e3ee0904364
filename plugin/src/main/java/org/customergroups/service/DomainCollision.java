package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;

import java.util.List;

/** An auto-join e-mail domain claimed by more than one group (reported, never silently resolved). */
public record DomainCollision(String domain, List<CustomerGroup> groups) {
}
