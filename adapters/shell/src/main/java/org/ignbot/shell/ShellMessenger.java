package org.ignbot.shell;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;

/**
 * Reminders and change notices for the person at the terminal: printed as they fall due, between
 * the chat's answers. The terminal has no channels and no rate limit: a channel recipient, or one
 * of another platform, is refused; a terminal that cannot be written to is "retry later".
 */
public final class ShellMessenger implements Messenger {
  private final PrintStream out;
  private final TextRenderer renderer;

  /** While a line reader shows a prompt, messages go above it so that it is drawn again. */
  private volatile Consumer<String> above;

  public ShellMessenger(PrintStream out, TextRenderer renderer) {
    this.out = Objects.requireNonNull(out);
    this.renderer = Objects.requireNonNull(renderer);
  }

  /**
   * Prints messages through {@code printer} (a line reader's "print above"), or again to the stream
   * when null.
   */
  public void printAbove(Consumer<String> printer) {
    this.above = printer;
  }

  @Override
  public String platform() {
    return "shell";
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    if (!recipient.platform().equals(platform())) {
      return new DeliveryResult.Refused("not a terminal recipient: " + recipient.platform());
    }
    if (recipient.kind() != Recipient.Kind.DIRECT_MESSAGE) {
      return new DeliveryResult.Refused("the terminal has no channels");
    }
    Consumer<String> printer = above;
    if (printer != null) {
      printer.accept("\n[" + recipient.id() + "] " + renderer.render(message) + "\n");
      return new DeliveryResult.Delivered("terminal");
    }
    synchronized (out) {
      out.println();
      out.println("[" + recipient.id() + "] " + renderer.render(message));
      out.println();
      out.flush();
      // PrintStream keeps write failures to itself; checkError() is how it tells.
      if (out.checkError()) {
        return new DeliveryResult.RetryLater(Duration.ZERO, "the terminal cannot be written to");
      }
    }
    return new DeliveryResult.Delivered("terminal");
  }
}
