package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.store.remind.Deliveries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the delivery record guarantees; subclassed per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeliveriesContract {
  private static final Instant NOW = Instant.parse("2024-11-19T14:00:00Z");
  private TestDatabase database;
  private Deliveries deliveries;
  private final Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");

  abstract TestDatabase open();

  @BeforeAll
  void openDatabase() {
    database = open();
    deliveries = new Deliveries(database.dataSource());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @BeforeEach
  void empty() {
    JdbcClient.create(database.dataSource()).sql("delete from delivery").update();
  }

  @Test
  void aKeyIsClaimedByOneOfManyRacingClaimants() throws Exception {
    ExecutorService racers = Executors.newFixedThreadPool(8);
    try {
      Callable<Boolean> claim =
          () -> deliveries.claim("k", dm, NOW, NOW.minus(Duration.ofMinutes(3))).granted();
      List<Future<Boolean>> results = racers.invokeAll(java.util.Collections.nCopies(8, claim));
      long granted = 0;
      for (Future<Boolean> result : results) {
        granted += result.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(1);
    } finally {
      racers.shutdownNow();
    }
  }

  @Test
  void manyKeysClaimedAndSettledAtOnceAreEachGrantedOnceAndRecorded() throws Exception {
    deliveries.claim("k-3", dm, NOW, NOW);
    deliveries.retry("k-3", "HTTP 500", NOW);
    deliveries.claim("k-5", dm, NOW, NOW);
    deliveries.settle("k-5", Status.SENT, false, "ts-5", NOW);
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Boolean>> each = new java.util.ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String key = "k-" + (i % 30); // every key claimed twice at once
        each.add(
            () -> {
              Deliveries.Claim claim = deliveries.claim(key, dm, NOW.plusSeconds(10), NOW);
              if (claim.granted()) {
                deliveries.settle(key, Status.SENT, false, "ts-" + key, NOW.plusSeconds(11));
              }
              return claim.granted();
            });
      }
      long granted = 0;
      for (Future<Boolean> result : senders.invokeAll(each)) {
        granted += result.get() ? 1 : 0;
      }

      assertThat(granted).isEqualTo(29); // each key once, but k-5, settled before
      List<String> keys = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "k-" + i).toList();
      assertThat(deliveries.settled(keys)).containsExactlyInAnyOrderElementsOf(keys);
      assertThat(deliveries.claim("k-3", dm, NOW.plusSeconds(20), NOW).attempt()).isEqualTo(2);
      assertThat(
              JdbcClient.create(database.dataSource())
                  .sql("select detail from delivery where delivery_key = 'k-12'")
                  .query(String.class)
                  .single())
          .isEqualTo("ts-k-12");
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void sendersClaimingAndSettlingAllAtOnceGetEachKeyOnceAndRemoveTheirCarriers() throws Exception {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    jdbc.sql("delete from scheduled_tasks").update();
    List<String> keys = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "k-" + i).toList();
    for (String key : keys) {
      jdbc.sql(
              "insert into scheduled_tasks (task_name, task_instance, execution_time, picked,"
                  + " version) values ('ign-reminder', ?, ?, true, 1)")
          .params(key, java.time.OffsetDateTime.parse("2024-11-19T14:00:00Z"))
          .update();
    }
    int senders = 2 * keys.size(); // every key claimed by two senders at the same moment
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(senders);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<Callable<Boolean>> each = new java.util.ArrayList<>();
      for (int i = 0; i < senders; i++) {
        String key = keys.get(i % keys.size());
        each.add(
            () -> {
              start.await();
              Deliveries.Claim claim = deliveries.claim(key, dm, NOW, NOW, "slack/T1");
              if (claim.granted()) {
                deliveries.settle(
                    key,
                    Status.SENT,
                    false,
                    "ts-" + key,
                    NOW,
                    new Deliveries.Carrier("ign-reminder", key, 1));
              }
              return claim.granted();
            });
      }
      long granted = 0;
      for (Future<Boolean> result : pool.invokeAll(each)) {
        granted += result.get() ? 1 : 0;
      }

      assertThat(granted).isEqualTo(keys.size());
      assertThat(deliveries.settled(keys)).containsExactlyInAnyOrderElementsOf(keys);
      assertThat(jdbc.sql("select count(*) from scheduled_tasks").query(Long.class).single())
          .isEqualTo(writesInOneTrip() ? 0 : keys.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSettledKeyIsNeverClaimedAgain() {
    deliveries.claim("k", dm, NOW, NOW);
    deliveries.settle("k", Status.SENT, false, "ts-1", NOW);

    Deliveries.Claim again =
        deliveries.claim("k", dm, NOW.plusSeconds(3600), NOW.plusSeconds(3600));

    assertThat(again.granted()).isFalse();
    assertThat(again.status()).isEqualTo(Status.SENT);
    assertThat(deliveries.settled(List.of("k", "other"))).containsExactly("k");
  }

  @Test
  void aFailedKeyIsClaimedAgainWithTheNextAttempt() {
    deliveries.claim("k", dm, NOW, NOW);
    deliveries.retry("k", "HTTP 500", NOW);

    Deliveries.Claim again = deliveries.claim("k", dm, NOW.plusSeconds(10), NOW);

    assertThat(again.granted()).isTrue();
    assertThat(again.attempt()).isEqualTo(2);
  }

  @Test
  void aClaimInFlightIsOnlyTakenOverOnceStale() {
    deliveries.claim("k", dm, NOW, NOW.minusSeconds(180));

    assertThat(deliveries.claim("k", dm, NOW.plusSeconds(60), NOW.minusSeconds(120)).granted())
        .isFalse();
    assertThat(deliveries.claim("k", dm, NOW.plusSeconds(240), NOW.plusSeconds(60)).granted())
        .isTrue();
  }

  @Test
  void anOutcomeRemovesTheTaskRowThatCarriedItInTheSameWriteOnPostgresOnlyAtItsVersion() {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    jdbc.sql("delete from scheduled_tasks").update();
    for (String id : List.of("k", "taken-over")) {
      jdbc.sql(
              "insert into scheduled_tasks (task_name, task_instance, execution_time, picked,"
                  + " version) values ('ign-reminder', ?, ?, true, 2)")
          .params(id, java.time.OffsetDateTime.parse("2024-11-19T14:00:00Z"))
          .update();
      deliveries.claim(id, dm, NOW, NOW);
    }

    boolean removed =
        deliveries.settle(
            "k", Status.SENT, false, "ts-1", NOW, new Deliveries.Carrier("ign-reminder", "k", 2));
    // Another instance took this one over (its version moved on): its row is left to it.
    boolean stale =
        deliveries.settle(
            "taken-over",
            Status.SENT,
            false,
            "ts-2",
            NOW,
            new Deliveries.Carrier("ign-reminder", "taken-over", 1));

    assertThat(removed).isEqualTo(writesInOneTrip());
    assertThat(stale).isFalse();
    assertThat(deliveries.settled(List.of("k", "taken-over"))).containsOnly("k", "taken-over");
    assertThat(jdbc.sql("select task_instance from scheduled_tasks").query(String.class).list())
        .containsExactlyInAnyOrderElementsOf(
            writesInOneTrip() ? List.of("taken-over") : List.of("k", "taken-over"));
  }

  @Test
  void aNewKeysClaimBringsItsScopesRetryAfterWindowAlongOnPostgres() {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    jdbc.sql("delete from retry_after_window").update();
    jdbc.sql("insert into retry_after_window (scope, closed_until) values ('slack/T1', ?)")
        .param(java.time.OffsetDateTime.parse("2024-11-19T14:00:30Z"))
        .update();

    Deliveries.Claim first = deliveries.claim("k", dm, NOW, NOW, "slack/T1");
    Instant otherAt = NOW.plusNanos(123_456_000);
    Deliveries.Claim other = deliveries.claim("k2", dm, otherAt, NOW, "slack/T2");
    Deliveries.Claim again = deliveries.claim("k", dm, NOW.plusSeconds(600), NOW.plusSeconds(1));

    assertThat(first.granted()).isTrue();
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(again.granted()).isTrue(); // the first claim is a claim: stale, taken over
    assertThat(again.attempt()).isEqualTo(2);
    assertThat(again.window()).isEmpty(); // read before the request instead
    assertThat(
            jdbc.sql("select created_at, updated_at from delivery where delivery_key = 'k2'")
                .query(
                    (rs, n) ->
                        List.of(
                            rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .single())
        .containsOnly(otherAt);
    if (writesInOneTrip()) {
      assertThat(first.window().flatMap(w -> w.closedUntil())).contains(NOW.plusSeconds(30));
      assertThat(other.window()).hasValueSatisfying(w -> assertThat(w.closedUntil()).isEmpty());
    } else {
      assertThat(first.window()).isEmpty();
    }
  }

  /** Whether this database claims and settles in one trip (PostgreSQL), or not (H2). */
  abstract boolean writesInOneTrip();
}
