package org.ignbot.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.MessengerContract;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.TextRenderer;

/**
 * The terminal: direct messages to the person at it are printed; it has no channels (refused) and
 * no rate limit; a terminal that cannot be written to is "retry later".
 */
class ShellMessengerContractTests extends MessengerContract {
  private final Terminal terminal = new Terminal();
  private final ShellMessenger messenger =
      new ShellMessenger(
          new PrintStream(terminal, true, StandardCharsets.UTF_8), new TextRenderer());

  @Override
  protected Messenger messenger() {
    return messenger;
  }

  @Override
  protected Recipient directMessage() {
    return new Recipient("shell", "local", Recipient.Kind.DIRECT_MESSAGE, "operator");
  }

  @Override
  protected Optional<Recipient> channel() {
    return Optional.empty();
  }

  @Override
  protected boolean rateLimitNextSend(Recipient recipient, Duration retryAfter) {
    return false;
  }

  @Override
  protected Recipient refusedForGood() {
    return new Recipient("shell", "local", Recipient.Kind.CHANNEL, "general");
  }

  @Override
  protected void breakNextSend(Recipient recipient) {
    terminal.broken = true;
  }

  @Override
  protected int platformCalls() {
    return terminal.writes;
  }

  /** Standard output, which counts its writes and can break like a closed pipe. */
  private static final class Terminal extends OutputStream {
    volatile boolean broken;
    volatile int writes;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (broken) {
        throw new IOException("Broken pipe");
      }
      writes++;
    }
  }
}
