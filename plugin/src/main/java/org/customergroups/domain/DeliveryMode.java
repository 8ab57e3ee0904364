package org.customergroups.domain;

/** How a subscriber gets "Shared with my customer groups" mail: one mail per event, or one daily digest. */
public enum DeliveryMode {
    IMMEDIATE,
    DIGEST
}
