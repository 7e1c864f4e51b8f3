package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupedCallsTests {

  @Test
  void everyCallerGetsItsOwnResultHoweverTheCallsWereGrouped() throws Exception {
    GroupedCalls<Integer, Integer> doubled =
        new GroupedCalls<>(all -> all.stream().map(i -> i * 2).toList(), i -> i * 2);

    List<Future<Integer>> results = callAtOnce(doubled, 200);

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).get()).isEqualTo(i * 2);
    }
  }

  @Test
  void whenAGroupFailsEachCallIsMadeAloneAndOnlyTheBadOneFails() throws Exception {
    GroupedCalls<Integer, Integer> calls =
        new GroupedCalls<>(
            all -> {
              throw new IllegalStateException("the group failed");
            },
            i -> {
              if (i == 7) {
                throw new IllegalArgumentException("call 7 is bad");
              }
              return i;
            });

    List<Future<Integer>> results = callAtOnce(calls, 40);

    for (int i = 0; i < results.size(); i++) {
      Future<Integer> result = results.get(i);
      if (i == 7) {
        assertThatThrownBy(result::get)
            .isInstanceOf(ExecutionException.class)
            .hasCauseInstanceOf(IllegalArgumentException.class);
      } else {
        assertThat(result.get()).isEqualTo(i);
      }
    }
  }

  private static List<Future<Integer>> callAtOnce(GroupedCalls<Integer, Integer> calls, int count)
      throws InterruptedException {
    ExecutorService callers = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> each = new ArrayList<>();
      IntStream.range(0, count).forEach(i -> each.add(() -> calls.call(i)));
      return callers.invokeAll(each);
    } finally {
      callers.shutdown();
    }
  }
}
