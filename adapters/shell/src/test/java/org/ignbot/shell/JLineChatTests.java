package org.ignbot.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** At a terminal the chat reads through JLine: a reminder is printed above a prompt drawn anew. */
class JLineChatTests {
  private static final Recipient OPERATOR =
      new Recipient("shell", "local", Recipient.Kind.DIRECT_MESSAGE, "operator");

  @Test
  void aReminderPrintedWhileThePersonTypesIsFollowedByThePromptAgain() throws Exception {
    InMemoryUserSettings settings = new InMemoryUserSettings();
    CommandEngine engine =
        new CommandEngine(
            ReadCommands.create(
                new InMemoryScheduleRepository(Schedule.empty()),
                new Knowledge(List.of(), Map.of(), ""),
                settings),
            Clock.fixed(Instant.parse("2024-11-18T17:00:00Z"), ZoneOffset.UTC),
            settings);
    PipedOutputStream keyboard = new PipedOutputStream();
    PipedInputStream input = new PipedInputStream(keyboard);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    ShellMessenger messenger =
        new ShellMessenger(
            new PrintStream(screen, true, StandardCharsets.UTF_8), new TextRenderer());
    Terminal terminal =
        TerminalBuilder.builder()
            .streams(input, screen)
            .encoding(StandardCharsets.UTF_8)
            .dumb(true)
            .type(Terminal.TYPE_DUMB)
            .build();
    Thread chat =
        new Thread(
            () -> {
              try {
                JLineChat.run(
                    new TerminalChat(engine, new TextRenderer(), Asker.terminalOperator()),
                    messenger,
                    terminal);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    chat.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> text(screen).contains("ign> "));

    messenger.send(OPERATOR, Reply.ok().title("Reminder: 1st IGN Plenary starts in 1 h").build());

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(text(screen))
                    .containsPattern("(?s)Reminder: 1st IGN Plenary starts in 1 h\\R+ign> $"));
    keyboard.write("clusters\nquit\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(text(screen)).contains("The five key issues").contains("Goodbye."));
    chat.join(Duration.ofSeconds(10).toMillis());
    terminal.close();
  }

  private static String text(ByteArrayOutputStream screen) {
    return screen.toString(StandardCharsets.UTF_8);
  }
}
