package org.ignbot.app;

import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP while a chat platform's connection is up; part of the readiness group. */
final class ConnectionHealth implements HealthIndicator {
  private final String connection;
  private final BooleanSupplier connected;

  ConnectionHealth(String connection, BooleanSupplier connected) {
    this.connection = connection;
    this.connected = connected;
  }

  @Override
  public Health health() {
    Health.Builder health = connected.getAsBoolean() ? Health.up() : Health.down();
    return health.withDetail("connection", connection).build();
  }
}
