package org.ignbot.core.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ignbot.core.DaemonThreads;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/**
 * Calls to a platform for {@link Delivery}: each bounded by the send time-out (an answer later than
 * that counts as unknown), and none started inside a Retry-After window the bot knows of.
 */
final class PlatformCalls implements AutoCloseable {
  private final Clock clock;
  private final RetryAfterWindows windows;
  private final Duration timeout;
  private final ExecutorService calls;

  PlatformCalls(Clock clock, RetryAfterWindows windows, Duration timeout) {
    this.clock = clock;
    this.windows = windows;
    this.timeout = timeout;
    this.calls = Executors.newCachedThreadPool(DaemonThreads.named("ign-send"));
  }

  /**
   * Sends within the time-out; "retry later" when it did not answer in time. {@code window} is the
   * shared window read with the claim a moment ago, if it was: then it is not read again.
   */
  DeliveryResult send(
      Messenger messenger,
      Recipient recipient,
      Reply reply,
      String key,
      Optional<RetryAfterWindows.Shared> window) {
    Future<DeliveryResult> sent =
        calls.submit(() -> outsideWindows(messenger, recipient, reply, key, window));
    try {
      return sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      return new DeliveryResult.RetryLater(
          Duration.ZERO, "no answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      return new DeliveryResult.RetryLater(Duration.ZERO, String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stopped while sending", e);
    }
  }

  /** Whether the platform shows the message as arrived; unknown (empty) past the time-out. */
  Optional<DeliveryResult.Delivered> find(Messenger messenger, Recipient recipient, String key) {
    Future<Optional<DeliveryResult.Delivered>> asked =
        calls.submit(() -> messenger.find(recipient, key));
    try {
      return asked.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      asked.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stopped while checking a send", e);
    }
  }

  /**
   * Checks the window right before the request and closes it right after a rate-limit answer, so
   * that no request starts inside a window this instance knows of.
   */
  private DeliveryResult outsideWindows(
      Messenger messenger,
      Recipient recipient,
      Reply reply,
      String key,
      Optional<RetryAfterWindows.Shared> window) {
    Instant now = clock.instant();
    String scope = RetryAfterWindows.scope(recipient);
    Optional<Instant> closed =
        window
            .map(shared -> windows.closedAt(scope, now, shared))
            .orElseGet(() -> windows.closedAt(scope, now));
    if (closed.isPresent()) {
      return new DeliveryResult.RetryLater(
          Duration.between(now, closed.get()), "held back by a Retry-After window");
    }
    DeliveryResult result = messenger.send(recipient, reply, key);
    if (result instanceof DeliveryResult.RetryLater retry
        && !retry.retryAfter().isZero()
        && !retry.retryAfter().isNegative()) {
      windows.close(RetryAfterWindows.scope(recipient), clock.instant().plus(retry.retryAfter()));
    }
    return result;
  }

  @Override
  public void close() {
    calls.shutdownNow();
  }
}
