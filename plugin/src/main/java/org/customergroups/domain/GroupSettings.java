package org.customergroups.domain;

import java.util.List;
import java.util.Objects;

/**
 * A customer group's global settings (shared by every project that uses the group).
 * {@code autoJoinDomains} are normalised e-mail domains (lower case, no '@'), see {@link EmailDomains}.
 */
public record GroupSettings(List<String> autoJoinDomains, boolean twoFactorRequired, ViewPolicy viewPolicy,
                            UpdatePolicy updatePolicy) {

    public GroupSettings {
        autoJoinDomains = List.copyOf(autoJoinDomains == null ? List.of() : autoJoinDomains);
        Objects.requireNonNull(viewPolicy, "viewPolicy");
        Objects.requireNonNull(updatePolicy, "updatePolicy");
    }

    public static GroupSettings defaults() {
        return new GroupSettings(List.of(), false, ViewPolicy.AGENTS_OF_USING_PROJECTS,
                UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS);
    }
}
