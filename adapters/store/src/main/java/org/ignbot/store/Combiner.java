package org.ignbot.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs one statement for many threads at once (group commit): a caller that finds no batch running
 * runs every request waiting, its own among them, as one batch, and the others take their answer
 * from it. A caller alone gets a batch of one and waits for nobody; twenty threads sending at once
 * share one round trip and one commit instead of twenty. Two requests with the same key never share
 * a batch, so a batch statement meets each row once.
 *
 * @param <T> a request
 * @param <R> its answer
 */
public final class Combiner<T, R> {
  /** The stores' batch size: more than the reminder runner's threads, so every waiter fits. */
  public static final int MAX_BATCH = 256;

  /** Answers a batch of requests: one answer per request, in the same order. */
  @FunctionalInterface
  public interface Batch<T, R> {
    List<R> run(List<T> requests);
  }

  private final Batch<T, R> batch;
  private final Function<T, ?> key;
  private final int maxBatch;
  private final Queue<Call<T, R>> waiting = new ConcurrentLinkedQueue<>();
  private final ReentrantLock running = new ReentrantLock();

  /** Any requests may share a batch (reads). */
  public Combiner(Batch<T, R> batch, int maxBatch) {
    this(batch, request -> null, maxBatch);
  }

  /**
   * @param key what two requests in one batch must not share (a row's primary key)
   * @param maxBatch the most requests in one batch
   */
  public Combiner(Batch<T, R> batch, Function<T, ?> key, int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one request");
    }
    this.batch = Objects.requireNonNull(batch);
    this.key = Objects.requireNonNull(key);
    this.maxBatch = maxBatch;
  }

  /**
   * The answer to {@code request}, from the batch it ran in; what that batch threw, if it threw.
   */
  public R call(T request) {
    Call<T, R> call = new Call<>(request, Thread.currentThread());
    waiting.add(call);
    boolean interrupted = false;
    while (!call.done) {
      if (running.tryLock()) {
        try {
          // Requests leave the queue in order: this one is in one of the next batches.
          while (!call.done) {
            runWaiting();
          }
        } finally {
          running.unlock();
        }
        // Whoever waits first runs the next batch, unless a newcomer takes it first.
        Call<T, R> first = waiting.peek();
        if (first != null) {
          LockSupport.unpark(first.caller);
        }
      } else {
        // Woken when answered, or when the batch running ends and this call is the first waiting.
        LockSupport.park(this);
        // An interrupt (a scheduler stopping) would end every park at once: kept for after.
        interrupted |= Thread.interrupted();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return call.answer();
  }

  /** One text column of a batch's rows, for a statement that takes its rows as arrays. */
  public static <T> String[] column(List<T> rows, Function<T, String> value) {
    String[] column = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      column[i] = value.apply(rows.get(i));
    }
    return column;
  }

  /** Runs the requests at the head of the queue, up to the first repeated key, as one batch. */
  private void runWaiting() {
    List<Call<T, R>> taken = new ArrayList<>();
    Set<Object> keys = new HashSet<>();
    Call<T, R> next;
    // Only the lock's holder takes from the queue: the head peeked is the head polled.
    while (taken.size() < maxBatch
        && (next = waiting.peek()) != null
        && unique(keys, key.apply(next.request))) {
      taken.add(waiting.poll());
    }
    List<T> requests = new ArrayList<>(taken.size());
    for (Call<T, R> call : taken) {
      requests.add(call.request);
    }
    try {
      List<R> answers = batch.run(requests);
      if (answers.size() != taken.size()) {
        throw new IllegalStateException(
            answers.size() + " answers to a batch of " + taken.size() + " requests");
      }
      for (int i = 0; i < taken.size(); i++) {
        taken.get(i).answered(answers.get(i), null);
      }
    } catch (RuntimeException | Error e) {
      for (Call<T, R> call : taken) {
        call.answered(null, e);
      }
    }
  }

  /** Adds {@code key} to those of the batch; false when it is there already. Null is no key. */
  private static boolean unique(Set<Object> keys, Object key) {
    return key == null || keys.add(key);
  }

  /** One request and, once its batch ran, its answer or what the batch threw. */
  private static final class Call<T, R> {
    final T request;
    final Thread caller;
    private R answer;
    private Throwable failure;

    /** Set last, after the answer: a caller that reads it true reads the answer too. */
    volatile boolean done;

    Call(T request, Thread caller) {
      this.request = request;
      this.caller = caller;
    }

    void answered(R answer, Throwable failure) {
      this.answer = answer;
      this.failure = failure;
      this.done = true;
      if (caller != Thread.currentThread()) {
        LockSupport.unpark(caller);
      }
    }

    R answer() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return answer;
    }
  }
}
