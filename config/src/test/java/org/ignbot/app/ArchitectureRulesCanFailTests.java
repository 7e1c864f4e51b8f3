package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.ignbot.core.remind.violation.ReminderClassThatBreaksTheRules;
import org.ignbot.core.time.violation.TimeClassThatBreaksTheRules;
import org.ignbot.core.violation.CoreClassThatBreaksTheRules;
import org.ignbot.web.violation.WebClassThatBreaksTheRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureRules}, the same objects the product is checked with, can fail.
 */
class ArchitectureRulesCanFailTests {
  private static final JavaClasses OFFENDERS =
      new ClassFileImporter()
          .importClasses(
              WebClassThatBreaksTheRules.class,
              CoreClassThatBreaksTheRules.class,
              ReminderClassThatBreaksTheRules.class,
              TimeClassThatBreaksTheRules.class);

  static Stream<ArchRule> rules() {
    return ArchitectureTests.rules();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void theRuleCatchesAClassThatBreaksIt(ArchRule rule) {
    assertThatThrownBy(() -> rule.check(OFFENDERS)).isInstanceOf(AssertionError.class);
  }
}
