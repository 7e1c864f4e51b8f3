package org.ignbot.core.command.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.UserKey;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleFile;
import org.ignbot.core.schedule.SchedulePublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code move}: a cancelled meeting is reinstated openly; wrong times are blamed, not the date. */
class MoveCommandTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private static final Asker ADMIN = new Asker(new UserKey("slack", "T1", "U-ADMIN"), true);

  private final List<List<MeetingChange>> notices = new ArrayList<>();
  private InMemoryScheduleRepository store;
  private CommandEngine engine;

  @BeforeEach
  void bundledSchedule() throws IOException {
    Path file = Path.of("../config/src/main/resources/data/schedule.yml");
    store = new InMemoryScheduleRepository(ScheduleFile.parse(Files.readString(file), "bundled"));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    SchedulePublisher publisher = new SchedulePublisher(store, notices::add);
    engine =
        new CommandEngine(
            AdminCommands.create(new LetterImport(new LetterReader(), publisher, clock), publisher),
            clock,
            new InMemoryUserSettings());
  }

  private String ask(String command) {
    return new TextRenderer().render(engine.handle(ADMIN, command));
  }

  @Test
  void movingACancelledMeetingReinstatesItOpenlyAndDropsTheCancellationNote() {
    ask("cancel 2024-11-21 no interpretation");

    String answer = ask("move 2024-11-21 26 Nov");

    assertThat(answer)
        .startsWith("Moved and reinstated meeting 2024-11-21.")
        .contains("It was cancelled; moving it holds it after all");
    Meeting moved = store.current().byId("2024-11-21").orElseThrow();
    assertThat(moved.isCancelled()).isFalse();
    assertThat(moved.notes()).noneMatch(note -> note.startsWith("Cancelled"));
    assertThat(moved.date()).hasToString("2024-11-26");
  }

  @Test
  void impossibleTimesAreBlamedAndNotTheDate() {
    Reply reply = engine.handle(ADMIN, "move 2024-11-19 tomorrow 25:00-26:00");

    assertThat(reply.isError()).isTrue();
    assertThat(new TextRenderer().render(reply))
        .isEqualTo(
            "\"25:00\" is not a time: give the times on the 24-hour clock, 00:00 to 23:59, e.g."
                + " `10:00-13:00 15:00-18:00`.");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date()).hasToString("2024-11-19");
  }

  @Test
  void aDateWrittenTheUnWayMovesTheMeeting() {
    assertThat(ask("move 2024-11-19 26.11.2024 10:00-13:00"))
        .startsWith("Moved meeting 2024-11-19.");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date()).hasToString("2024-11-26");
  }
}
