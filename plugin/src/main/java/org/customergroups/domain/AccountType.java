package org.customergroups.domain;

/** Reporter accounts have no Jira application access (unlicensed); standard users do. */
public enum AccountType {
    REPORTER,
    STANDARD
}
