package org.dockci.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.SyntaxErrorKind;
import org.dockci.lint.Finding;
import org.dockci.lint.LabelType;
import org.dockci.lint.LintConfig;
import org.dockci.lint.Linter;
import org.dockci.lint.Rule;
import org.junit.jupiter.api.Test;

/** The registry is complete and every rule states what the Linter needs. */
class RulesTest {

    private static final List<Rule> REGISTERED = Rules.all(LintConfig.DEFAULTS);

    @Test
    void everyRuleClassIsRegistered() {
        Set<String> ruleClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dockci.lint.rules").stream()
                .filter(javaClass -> javaClass.isAssignableTo(Rule.class) && !javaClass.isInterface())
                .filter(javaClass -> !javaClass.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = REGISTERED.stream().map(rule -> rule.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(ruleClasses, registered, "Rules.all must list every Rule class of org.dockci.lint.rules");
    }

    @Test
    void everyRuleHasAUniqueCodeOfTheRightFamily() {
        Set<String> codes = new HashSet<>();
        for (Rule rule : REGISTERED) {
            String code = rule.code();
            assertTrue(code.matches("DL[0-9]{4}|DC[2-9][0-9]{3}"),
                    rule.getClass().getSimpleName() + ": hadolint's DL code or DC2000 and up, not " + code);
            assertTrue(codes.add(code), "two rules have the code " + code);
        }
    }

    @Test
    void everyRuleAndSyntaxErrorIsDocumentedInTheReadme() throws IOException {
        // the README's tables are the user's list of codes: | CODE | severity | ... and | CODE | meaning |
        Path readme = Path.of(System.getProperty("basedir", "."), "..", "README.md");
        String text = Files.readString(readme);
        for (Rule rule : REGISTERED) {
            assertTrue(text.contains("| " + rule.code() + " | " + rule.severity().label() + " |"),
                    rule.code() + " (" + rule.severity().label() + ") is missing from README.md's rules table");
        }
        for (SyntaxErrorKind kind : SyntaxErrorKind.values()) {
            assertTrue(text.contains("| " + kind.code() + " |"), kind.code() + " is missing from README.md's syntax table");
        }
    }

    @Test
    void labelRulesAreMadeWithTheConfiguredSchema() {
        LintConfig config = LintConfig.merge(List.of(new LintConfig(Set.of(), Map.of(), Set.of(), null,
                Map.of("org.opencontainers.image.source", LabelType.URL), true)));
        Dockerfile dockerfile = RuleCheck.parse("FROM debian:12\nLABEL org.opencontainers.image.source=x other=y\n");

        List<String> codes = new Linter(Rules.all(config), config).lint("Dockerfile", dockerfile).findings().stream()
                .map(Finding::code).toList();

        assertEquals(List.of("DL3050", "DL3052"), codes);
    }

    @Test
    void everyRuleHasASeverityAndAMessage() {
        for (Rule rule : REGISTERED) {
            assertNotNull(rule.severity(), rule.code());
            assertFalse(rule.message() == null || rule.message().isBlank(), rule.code() + " has no message");
        }
    }
}
