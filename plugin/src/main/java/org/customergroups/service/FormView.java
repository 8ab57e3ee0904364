package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.RequestForm;

import java.util.List;

/**
 * A request form as one reporter sees it: the definition, the Customer Group block's options (the catalog
 * groups the reporter belongs to, by name), and whether the reporter may submit (false in a restricted project
 * they are not authorized for; {@code refusalKey} then names the i18n message).
 */
public record FormView(ProjectRef project, RequestForm form, List<CustomerGroup> groupOptions, boolean canSubmit,
                       String refusalKey) {
}
