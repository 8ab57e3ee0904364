package org.customergroups.rest.dto;

/** Body of {@code PUT /projects/{key}/catalog/{groupId}}. */
public record AutoShareRequest(Boolean autoShare) {
}
