package org.customergroups.service;

/** A saved rule: the group as it is now and what the immediate reconcile did. */
public record RuleChange(GroupDetails group, ReconcileReport reconciled) {
}
