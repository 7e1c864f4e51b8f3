package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CombinerTests {
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final List<Thread> callerThreads = Collections.synchronizedList(new ArrayList<>());
  private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);

  @AfterEach
  void stop() {
    firstBatchMayEnd.countDown();
    callers.shutdownNow();
  }

  /** Answers each request with ten times it; the first batch waits until released. */
  private List<Integer> tenfold(List<Integer> requests) {
    batches.add(List.copyOf(requests));
    if (batches.size() == 1) {
      try {
        firstBatchMayEnd.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return requests.stream().map(r -> r * 10).toList();
  }

  private Future<Integer> call(Combiner<Integer, Integer> combiner, int request) {
    return callers.submit(
        () -> {
          callerThreads.add(Thread.currentThread());
          return combiner.call(request);
        });
  }

  /** Starts the first call, whose batch runs until released, and waits until it runs. */
  private Future<Integer> firstCallRunning(Combiner<Integer, Integer> combiner) {
    Future<Integer> first = call(combiner, 1);
    await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
    return first;
  }

  /** Waits until {@code count} callers wait for an answer. */
  private void callersWaiting(int count) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                callerThreads.stream().filter(t -> t.getState() == Thread.State.WAITING).count()
                    == count);
  }

  @Test
  void requestsMadeWhileABatchRunsGoTogetherInTheNextAndEachGetsItsOwnAnswer() throws Exception {
    Combiner<Integer, Integer> combiner = new Combiner<>(this::tenfold, r -> r, 100);
    Future<Integer> first = firstCallRunning(combiner);
    List<Future<Integer>> later = new ArrayList<>();
    for (int request = 2; request <= 6; request++) {
      later.add(call(combiner, request));
    }
    callersWaiting(5);

    firstBatchMayEnd.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(10);
    for (int i = 0; i < later.size(); i++) {
      assertThat(later.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 2) * 10);
    }
    assertThat(batches).hasSize(2);
    assertThat(batches.get(0)).containsExactly(1);
    assertThat(batches.get(1)).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
  }

  @Test
  void aCallerAloneRunsABatchOfOneAtOnce() {
    firstBatchMayEnd.countDown();
    Combiner<Integer, Integer> combiner = new Combiner<>(this::tenfold, 100);

    assertThat(combiner.call(4)).isEqualTo(40);
    assertThat(combiner.call(5)).isEqualTo(50);
    assertThat(batches).containsExactly(List.of(4), List.of(5));
  }

  @Test
  void twoRequestsWithTheSameKeyNeverShareABatch() throws Exception {
    // The key is the request's last digit: 12 and 22 may not go together.
    Combiner<Integer, Integer> combiner = new Combiner<>(this::tenfold, r -> r % 10, 100);
    Future<Integer> first = firstCallRunning(combiner);
    List<Future<Integer>> later = new ArrayList<>();
    for (int request : List.of(12, 13, 22, 14)) {
      later.add(call(combiner, request));
    }
    callersWaiting(4);

    firstBatchMayEnd.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(10);
    for (Future<Integer> answer : later) {
      assertThat(answer.get(10, TimeUnit.SECONDS)).isIn(120, 130, 220, 140);
    }
    assertThat(batches).hasSizeGreaterThanOrEqualTo(3);
    for (List<Integer> batch : batches) {
      assertThat(batch.stream().map(r -> r % 10).distinct().count()).isEqualTo(batch.size());
    }
    assertThat(batches.stream().flatMap(List::stream)).containsExactlyInAnyOrder(1, 12, 13, 22, 14);
  }

  @Test
  void aBatchThatFailsFailsEveryCallerInItAndTheNextBatchRuns() throws Exception {
    Function<List<Integer>, List<Integer>> failSecond =
        requests -> {
          List<Integer> answers = tenfold(requests);
          if (batches.size() == 2) {
            throw new IllegalStateException("the database went away");
          }
          return answers;
        };
    Combiner<Integer, Integer> combiner = new Combiner<>(failSecond::apply, 100);
    Future<Integer> first = firstCallRunning(combiner);
    Future<Integer> second = call(combiner, 2);
    Future<Integer> third = call(combiner, 3);
    callersWaiting(2);

    firstBatchMayEnd.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(10);
    for (Future<Integer> failed : List.of(second, third)) {
      assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("the database went away");
    }
    assertThat(CompletableFuture.supplyAsync(() -> combiner.call(4), callers).get()).isEqualTo(40);
  }

  @Test
  void aBatchAnsweringTooFewFailsItsCallersInsteadOfLeavingThemWaiting() {
    Combiner<Integer, Integer> combiner = new Combiner<>(requests -> List.of(), 100);

    assertThatThrownBy(() -> combiner.call(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("0 answers to a batch of 1 requests");
  }

  @Test
  void anInterruptedCallerWaitsForItsAnswerAndKeepsItsInterrupt() throws Exception {
    Combiner<Integer, Integer> combiner = new Combiner<>(this::tenfold, 100);
    Future<Integer> first = firstCallRunning(combiner);
    CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
    Future<Integer> interrupted =
        callers.submit(
            () -> {
              callerThreads.add(Thread.currentThread());
              int answer = combiner.call(2);
              stillInterrupted.complete(Thread.currentThread().isInterrupted());
              return answer;
            });
    callersWaiting(1);
    Thread waiter =
        callerThreads.stream().filter(t -> t.getState() == Thread.State.WAITING).findFirst().get();

    waiter.interrupt();
    // Interrupted, it waits on without spinning: parked again, not running.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !waiter.isInterrupted() && waiter.getState() == Thread.State.WAITING);
    firstBatchMayEnd.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(10);
    assertThat(interrupted.get(10, TimeUnit.SECONDS)).isEqualTo(20);
    assertThat(stillInterrupted.get(10, TimeUnit.SECONDS)).isTrue();
  }
}
