package org.ignbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Slack's types stay in the Slack adapter: the wiring and the other parts see only its API. */
class SlackArchitectureTests {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ignbot");

  @Test
  void onlyTheSlackAdapterUsesSlackTypes() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ignbot.slack..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.slack..")
        .because("platform types stay in their adapter")
        .check(CLASSES);
  }
}
