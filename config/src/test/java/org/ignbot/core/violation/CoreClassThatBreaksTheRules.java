package org.ignbot.core.violation;

import org.ignbot.store.JdbcUserSettings;
import org.springframework.stereotype.Component;

/**
 * Breaks the core's rules: a Spring annotation and an adapter class inside the core's package. It
 * exists only for {@code ArchitectureRulesCanFailTests}.
 */
@Component
public class CoreClassThatBreaksTheRules {
  JdbcUserSettings store;
}
