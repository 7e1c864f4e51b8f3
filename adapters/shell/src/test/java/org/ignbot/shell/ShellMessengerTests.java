package org.ignbot.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.junit.jupiter.api.Test;

class ShellMessengerTests {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ShellMessenger messenger =
      new ShellMessenger(
          new PrintStream(printed, true, StandardCharsets.UTF_8), new TextRenderer());

  @Test
  void printsAReminderForThePersonAtTheTerminal() {
    DeliveryResult result =
        messenger.send(
            new Recipient("shell", "local", Recipient.Kind.DIRECT_MESSAGE, "operator"),
            Reply.ok()
                .title("Reminder: 1st IGN Plenary, Morning sitting, starts in 5 min")
                .build());

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("[operator] Reminder: 1st IGN Plenary, Morning sitting, starts in 5 min");
  }

  @Test
  void refusesAChannelForTheTerminalHasNone() {
    assertThat(
            messenger.send(
                new Recipient("shell", "local", Recipient.Kind.CHANNEL, "general"),
                Reply.ok().title("x").build()))
        .isInstanceOf(DeliveryResult.Refused.class);
    assertThat(printed.size()).isZero();
  }
}
