package org.ignbot.core.remind;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit for calls made from many send threads at once: the calls that arrive while one group
 * is being written go together, as one statement or one JDBC batch in one transaction, into the
 * next. Every caller returns only once its own call is written (or has failed), so a caller sees no
 * difference from a call of its own; it just shares the round trip and the commit. No thread of its
 * own: the first caller to take the lock writes the group for everyone waiting, then wakes each of
 * them (they do not queue for the lock to learn that they are done) and the next one waiting.
 *
 * <p>When the group fails as a whole (a deadlock, a row it cannot take, the database gone), each
 * caller makes its call again on its own, on its own thread, so that one bad call fails alone and
 * nobody waits for another's time-out.
 */
public final class GroupedCalls<I, O> {
  private static final int MAX_GROUP = 200;

  private final ConcurrentLinkedQueue<Pending<I, O>> waiting = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writer = new ReentrantLock();
  private final Function<List<I>, List<O>> group;
  private final Function<I, O> single;

  /**
   * @param group makes the calls together; returns one result per call, in order
   * @param single makes one call on its own
   */
  public GroupedCalls(Function<List<I>, List<O>> group, Function<I, O> single) {
    this.group = group;
    this.single = single;
  }

  /** Makes {@code input}'s call, with whatever other calls are waiting; its result. */
  public O call(I input) {
    Pending<I, O> mine = new Pending<>(input);
    waiting.add(mine);
    while (!mine.done) {
      if (writer.tryLock()) {
        try {
          if (!mine.done) {
            next();
          }
        } finally {
          writer.unlock();
        }
        // A caller that queued while this group was written, and found the lock taken, is
        // waiting to be woken: it writes the next group.
        wake(waiting.peek());
      } else {
        // Woken once its call is written, or to write the next group itself.
        LockSupport.park(this);
      }
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.alone ? single.apply(input) : mine.result;
  }

  private static void wake(Pending<?, ?> pending) {
    if (pending != null) {
      LockSupport.unpark(pending.caller);
    }
  }

  /** Takes up to {@value #MAX_GROUP} waiting calls and makes them (under the writer lock). */
  private void next() {
    List<Pending<I, O>> taken = new ArrayList<>();
    Pending<I, O> pending;
    while (taken.size() < MAX_GROUP && (pending = waiting.poll()) != null) {
      taken.add(pending);
    }
    if (taken.isEmpty()) {
      return;
    }
    if (taken.size() == 1) {
      // Made under the lock all the same: the calls arriving meanwhile make up the next group.
      Pending<I, O> only = taken.get(0);
      try {
        only.result = single.apply(only.input);
      } catch (RuntimeException e) {
        only.failure = e;
      }
      only.done = true;
      wake(only);
      return;
    }
    List<O> results = null;
    try {
      results = group.apply(taken.stream().map(p -> p.input).toList());
    } catch (RuntimeException e) {
      // Each caller makes its own call: see the class comment.
    }
    for (int i = 0; i < taken.size(); i++) {
      Pending<I, O> call = taken.get(i);
      if (results == null) {
        call.alone = true;
      } else {
        call.result = results.get(i);
      }
      call.done = true;
      wake(call);
    }
  }

  private static final class Pending<I, O> {
    final I input;
    final Thread caller = Thread.currentThread();
    O result;
    RuntimeException failure;
    boolean alone;
    volatile boolean done;

    Pending(I input) {
      this.input = input;
    }
  }
}
