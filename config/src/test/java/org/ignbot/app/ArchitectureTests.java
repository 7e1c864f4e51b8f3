package org.ignbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The dependency rules of style.md, checked here because this module sees every class. */
class ArchitectureTests {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ignbot");

  @Test
  void coreDependsOnNoFrameworkOrPlatform() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.ignbot.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework..",
                "com.slack..",
                "net.dv8tion..",
                "jakarta.servlet..",
                "javax.servlet..")
            .because(
                "bot-core is plain Java; adapters and config hold the framework and platform code");
    rule.check(CLASSES);
  }

  @Test
  void coreDependsOnNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("org.ignbot.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.ignbot.app..",
            "org.ignbot.shell..",
            "org.ignbot.web..",
            "org.ignbot.store..",
            "org.ignbot.slack..",
            "org.ignbot.discord..")
        .check(CLASSES);
  }
}
