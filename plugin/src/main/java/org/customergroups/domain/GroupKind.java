package org.customergroups.domain;

/** How a customer group gets its members. */
public enum GroupKind {
    /** Members are added and removed by hand. */
    STATIC,
    /** Members are computed from a rule and materialised by the reconciler. */
    DYNAMIC,
    /** One of the built-in groups (Customers, Customer Admins, Verified Customers): immutable. */
    DEFAULT
}
