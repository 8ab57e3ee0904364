package org.customergroups.lint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assertions on the problem lists the lint and bundle checks return (empty list = fine), shared by
 * {@link DescriptorLintTest} and {@code org.customergroups.bundle.BundleIT}.
 */
public final class ProblemLists {

    private ProblemLists() {
    }

    /** The real tree is clean: {@code problems} is empty, else every problem is listed. */
    public static void assertNoProblems(String what, List<String> problems) {
        assertTrue(problems.isEmpty(),
                () -> what + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    /** A broken copy is caught: each fragment occurs in at least one problem. */
    public static void assertReported(List<String> problems, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)),
                    () -> "expected a problem mentioning '" + fragment + "' in:\n  " + String.join("\n  ", problems));
        }
    }
}
