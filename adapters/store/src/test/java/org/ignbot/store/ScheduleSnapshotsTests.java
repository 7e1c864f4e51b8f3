package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ignbot.core.MutableClock;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduleSnapshotsTests {
  private final Schedule before = new Schedule(List.of());
  private final Schedule published = new Schedule(List.of());
  private final AtomicBoolean publishedYet = new AtomicBoolean();
  private final AtomicInteger versionReads = new AtomicInteger();
  private final AtomicInteger loads = new AtomicInteger();
  private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);
  private final ExecutorService senders = Executors.newCachedThreadPool();

  /** The database: version 1 until {@link #publishedYet}, then 2; the first read waits. */
  private final ScheduleSnapshots.Source database =
      new ScheduleSnapshots.Source() {
        @Override
        public long version() {
          boolean newer = publishedYet.get();
          if (versionReads.incrementAndGet() == 2) { // the first is the load at start
            waitFor(firstReadMayEnd);
          }
          return newer ? 2 : 1;
        }

        @Override
        public ScheduleSnapshots.Snapshot load() {
          loads.incrementAndGet();
          return publishedYet.get()
              ? new ScheduleSnapshots.Snapshot(published, 2)
              : new ScheduleSnapshots.Snapshot(before, 1);
        }
      };

  @AfterEach
  void stop() {
    firstReadMayEnd.countDown();
    senders.shutdownNow();
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void sendersAskingAtOnceShareOneCheckYetEachSeesWhatWasPublishedBeforeItAsked() throws Exception {
    versionReads.set(1); // the constructor's load does not read the version
    ScheduleSnapshots snapshots =
        new ScheduleSnapshots(database, new MutableClock(Instant.EPOCH), Duration.ofMinutes(1));
    Future<Schedule> first = senders.submit(snapshots::committed);
    await().atMost(Duration.ofSeconds(10)).until(() -> versionReads.get() == 2);
    // Another instance publishes while the first check runs: those who ask now must see it.
    publishedYet.set(true);
    List<Future<Schedule>> later = new ArrayList<>();
    List<Thread> asking = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 10; i++) {
      later.add(
          senders.submit(
              () -> {
                asking.add(Thread.currentThread());
                return snapshots.committed();
              }));
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                asking.size() == 10
                    && asking.stream().allMatch(t -> t.getState() == Thread.State.WAITING));

    firstReadMayEnd.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(before);
    for (Future<Schedule> answer : later) {
      assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(published);
    }
    assertThat(versionReads.get() - 1).isEqualTo(2); // one check for the first, one for the ten
    assertThat(loads.get()).isEqualTo(2); // at start, and once after the publication
  }
}
