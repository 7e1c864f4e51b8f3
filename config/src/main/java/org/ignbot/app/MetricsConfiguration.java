package org.ignbot.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.remind.Delivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prometheus metrics of the bot's own work: the command engine and the one {@link Delivery} (every
 * reminder, notice and digest sent) report to a {@link MeterObserver}. Feed requests are Spring's
 * {@code http_server_requests_seconds} by uri.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

  @Bean
  MeterObserver meterObserver(MeterRegistry registry) {
    return new MeterObserver(registry);
  }

  @Bean
  SmartInitializingSingleton botObserved(
      CommandEngine engine, ObjectProvider<Delivery> delivery, MeterObserver observer) {
    return () -> {
      engine.observedBy(observer);
      delivery.ifAvailable(sends -> sends.observedBy(observer));
    };
  }
}
