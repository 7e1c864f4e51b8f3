package org.ignbot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.ignbot.core.DaemonThreads;

/**
 * The threads that answer after Slack's acknowledgement: eight, with a bounded queue, so that a
 * burst is refused rather than piling up.
 */
final class SlackWork {
  private SlackWork() {}

  static ThreadPoolExecutor executor() {
    ThreadFactory threads = DaemonThreads.numbered("slack-work");
    return new ThreadPoolExecutor(
        8, 8, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), threads);
  }

  /** Lets running answers finish for a few seconds, then stops the rest. */
  static void shutdown(ThreadPoolExecutor work) {
    work.shutdown();
    try {
      if (!work.awaitTermination(5, TimeUnit.SECONDS)) {
        work.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      work.shutdownNow();
    }
  }
}
