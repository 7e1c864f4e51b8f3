package org.ignbot.app;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The production profile's own check: PostgreSQL must be named in the environment. It runs before
 * any bean is made, so that a missing URL never falls back to an embedded database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionConfiguration {

  @Bean
  static BeanFactoryPostProcessor productionDatabaseCheck(Environment environment) {
    return beanFactory -> checkDatabaseUrl(environment.getProperty("spring.datasource.url", ""));
  }

  static void checkDatabaseUrl(String url) {
    String setting = "spring.datasource.url (SPRING_DATASOURCE_URL)";
    if (url.isBlank()) {
      throw new InvalidSettingException(
          setting,
          "not set; the production profile needs PostgreSQL, e.g."
              + " jdbc:postgresql://db.example.org:5432/ignbot");
    }
    if (!url.strip().startsWith("jdbc:postgresql://")) {
      throw new InvalidSettingException(
          setting,
          "the production profile runs on PostgreSQL only; give a jdbc:postgresql://host:5432/name"
              + " URL");
    }
  }
}
