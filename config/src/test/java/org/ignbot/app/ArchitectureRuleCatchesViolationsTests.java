package org.ignbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The ArchUnit rule is not vacuous: a class that uses Spring is caught. */
class ArchitectureRuleCatchesViolationsTests {
  @Test
  void aClassThatUsesSpringBreaksTheRule() {
    assertThatThrownBy(
            () ->
                noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.springframework..")
                    .check(new ClassFileImporter().importClasses(CoreConfiguration.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.springframework");
  }
}
