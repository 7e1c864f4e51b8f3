package org.ignbot.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.Test;

class TerminalChatTests {
  private static final java.time.LocalDate DAY = java.time.LocalDate.of(2024, 11, 19);
  private final CommandEngine engine = engine();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private static CommandEngine engine() {
    Meeting plenary =
        new Meeting(
            "2024-11-19",
            79,
            "1st IGN Plenary",
            DAY,
            List.of(
                new Sitting(
                    DAY.atTime(10, 0).atZone(VenueTime.ZONE),
                    DAY.atTime(13, 0).atZone(VenueTime.ZONE),
                    false)),
            Optional.of("Trusteeship Council Chamber"),
            List.of(),
            java.util.Set.of(),
            List.of(),
            MeetingStatus.SCHEDULED,
            1,
            Optional.empty(),
            new Source(
                "letter",
                "Co-Chairs' letter",
                Optional.empty(),
                List.of("Alexander (Co-Chair)"),
                List.of()));
    InMemoryUserSettings settings = new InMemoryUserSettings();
    return new CommandEngine(
        ReadCommands.create(
            new InMemoryScheduleRepository(new Schedule(List.of(plenary))),
            new Knowledge(List.of(), java.util.Map.of(), ""),
            settings),
        Clock.fixed(Instant.parse("2024-11-18T17:00:00Z"), ZoneOffset.UTC),
        settings);
  }

  private String chat(String input, boolean interactive) throws IOException {
    new TerminalChat(engine, new TextRenderer(), Asker.terminalOperator())
        .run(new BufferedReader(new StringReader(input)), out, interactive);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersEachLineFromAPipeWithoutPromptOrGreeting() throws IOException {
    String output = chat("next\n\n/ign tz Vienna\nnext\n", false);
    assertThat(output).doesNotContain("ign> ").doesNotContain("Goodbye");
    assertThat(output.split("Next IGN meeting", -1)).hasSize(3);
    assertThat(output)
        .contains("Your time zone is now Europe/Vienna.")
        .contains("10:00–13:00 New York · 16:00–19:00 Vienna");
  }

  @Test
  void greetsPromptsAndSaysGoodbyeToAPerson() throws IOException {
    String output = chat("next\nquit\nnext\n", true);
    assertThat(output).startsWith("IGN Bot").contains("ign> ").endsWith("Goodbye.\n");
    // Nothing after quit is answered.
    assertThat(output.split("Next IGN meeting", -1)).hasSize(2);
  }

  @Test
  void endsAtTheEndOfInput() throws IOException {
    assertThat(chat("", true)).endsWith("ign> Goodbye.\n");
  }

  @Test
  void answersBadInputWithOneLineAndCarriesOn() throws IOException {
    String output = chat("on 31 Feb\nnext\n", false);
    assertThat(output).contains("the day 31 does not exist").contains("Next IGN meeting");
  }

  @Test
  void oneShotExitsWithOneForAnErrorAnswer() {
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    OneShot oneShot = new OneShot(engine, new TextRenderer());
    assertThat(oneShot.ask("/ign next", out, err)).isZero();
    assertThat(oneShot.ask("/ign nxt", out, err)).isEqualTo(OneShot.ERROR_STATUS);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("Next IGN meeting");
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).startsWith("I don't know \"nxt\"");
  }
}
