package org.ignbot.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rules of docs/architecture.md, checked here because this module sees every class.
 */
class ArchitectureTests {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // A module's test jar (bot-core's fixtures, once packaged) is tests too.
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.ignbot");

  static Stream<ArchRule> rules() {
    return Stream.of(
        ArchitectureRules.CORE_IS_PLAIN_JAVA,
        ArchitectureRules.CORE_SEES_NO_ADAPTER,
        ArchitectureRules.ADAPTERS_SEE_ONLY_THE_CORE,
        ArchitectureRules.JDA_ONLY_IN_DISCORD,
        ArchitectureRules.BOLT_ONLY_IN_SLACK,
        ArchitectureRules.DB_SCHEDULER_ONLY_IN_SCHEDULER,
        ArchitectureRules.MIGRATIONS_ONLY_IN_STORE,
        ArchitectureRules.JAKARTA_MAIL_ONLY_IN_MAIL,
        ArchitectureRules.SQL_ONLY_IN_STORES,
        ArchitectureRules.DOMAIN_SEES_NO_COMMAND,
        ArchitectureRules.SCHEDULE_AND_TIME_SEE_NO_REPLY,
        ArchitectureRules.NOTICES_SEE_ONLY_THE_REPLY_TYPE,
        ArchitectureRules.TIME_SEES_NO_SCHEDULE,
        ArchitectureRules.DELIVERY_RULES_IN_THE_CORE,
        ArchitectureRules.SETTINGS_READ_ONLY_IN_CONFIG,
        ArchitectureRules.ENGINE_TEXT_ONLY_FROM_PLATFORM_COMMANDS);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void theProductKeepsTheRule(ArchRule rule) {
    rule.check(PRODUCT);
  }
}
