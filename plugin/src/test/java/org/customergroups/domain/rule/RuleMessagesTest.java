package org.customergroups.domain.rule;

import org.customergroups.domain.DomainException;
import org.customergroups.domain.ProblemKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The English patterns in {@link RuleProblem} are the bundle's, and refusals reach use cases as INVALID problems. */
class RuleMessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/customer-groups.properties");

    @Test
    void everyProblemHasItsEnglishPatternInTheBundleAndNoOtherRuleKeyExists() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.ISO_8859_1)) {
            bundle.load(reader);
        }
        for (RuleProblem problem : RuleProblem.values()) {
            assertEquals(problem.english(), bundle.getProperty(problem.key()), problem.key());
        }
        Set<String> ruleKeys = bundle.stringPropertyNames().stream()
                .filter(k -> k.startsWith("cg.error.rule.")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Arrays.stream(RuleProblem.values()).map(RuleProblem::key).collect(Collectors.toCollection(TreeSet::new)),
                ruleKeys);
    }

    @Test
    void validateTurnsASyntaxErrorIntoAnInvalidProblemOnTheField() {
        DomainException e = assertThrows(DomainException.class, () -> Rule.validate("rule", "username ends with"));
        assertEquals(ProblemKind.INVALID, e.kind());
        assertEquals("rule", e.field());
        assertEquals("cg.error.rule.expected.string", e.messageKey());
        assertEquals(List.of(18, 1, 19, "ends with"), e.arguments());
        assertEquals(Rule.parse("memberOf \"x\""), Rule.validate("rule", "memberOf \"x\""));
    }
}
