package org.ignbot.core.command.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.read.MeetingCommand;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleFile;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admins' chat commands, through the engine as every adapter calls it. */
class AdminCommandsTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private static final Asker ADMIN = new Asker(new UserKey("slack", "T1", "U-ADMIN"), true);
  private static final Asker DELEGATE = new Asker(new UserKey("slack", "T1", "U-DELEGATE"), false);

  private final List<List<MeetingChange>> notices = new ArrayList<>();
  private final TextRenderer text = new TextRenderer();
  private InMemoryScheduleRepository store;
  private CommandEngine engine;
  private final PendingImports pending = new InMemoryPendingImports();

  @BeforeEach
  void bundledSchedule() throws IOException {
    Path file = Path.of("../config/src/main/resources/data/schedule.yml");
    store = new InMemoryScheduleRepository(ScheduleFile.parse(Files.readString(file), "bundled"));
    engine = instance();
  }

  /** One instance of the bot: its own engine, on the shared schedule and pending previews. */
  private CommandEngine instance() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    SchedulePublisher publisher = new SchedulePublisher(store, notices::add);
    List<org.ignbot.core.command.Command> commands = new ArrayList<>();
    commands.add(new MeetingCommand(store));
    commands.addAll(
        AdminCommands.create(
            new LetterImport(new LetterReader(), publisher, clock), publisher, pending));
    return new CommandEngine(commands, clock, new InMemoryUserSettings());
  }

  @Test
  void aPreviewMadeOnOneInstanceIsConfirmedOnAnother() throws IOException {
    CommandEngine other = instance();
    engine.handle(ADMIN, "import " + letter("move-cancel-79th.txt"));

    String confirmed = text.render(other.handle(ADMIN, "confirm"));

    assertThat(confirmed).startsWith("Published the Co-Chairs' letter");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date())
        .isEqualTo(LocalDate.parse("2024-11-26"));
    assertThat(engine.handle(ADMIN, "confirm").isError()).isTrue();
  }

  @Test
  void aConfirmAfterTheScheduleChangedUnderThePreviewPublishesNothing() throws IOException {
    engine.handle(ADMIN, "import " + letter("move-cancel-79th.txt"));
    engine.handle(ADMIN, "cancel 2024-11-21 the room is needed");
    Schedule before = store.current();

    Reply confirmed = engine.handle(ADMIN, "confirm");

    assertThat(confirmed.isError()).isTrue();
    assertThat(text.render(confirmed)).contains("The schedule changed since that preview");
    assertThat(store.current()).isSameAs(before);
  }

  @Test
  void anExpiredPreviewHasNothingToConfirm() throws IOException {
    pending.put(
        new PendingImport(
            ADMIN.user(),
            "The pasted letter",
            letter("move-cancel-79th.txt").getBytes(StandardCharsets.UTF_8),
            true,
            "Co-Chairs' letter",
            List.of(),
            NOW));

    assertThat(text.render(engine.handle(ADMIN, "confirm"))).contains("Nothing to confirm");
  }

  private static String letter(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/letters", name));
  }

  private String ask(Asker asker, String command) {
    return text.render(engine.handle(asker, command));
  }

  @Test
  void delegatesAreRefusedPolitelyAndNothingChanges() throws IOException {
    Schedule before = store.current();

    Reply reply = engine.handle(DELEGATE, "import " + letter("move-cancel-79th.txt"));

    assertThat(reply.isError()).isTrue();
    assertThat(text.render(reply))
        .isEqualTo(
            "Sorry, `import` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    assertThat(engine.handle(DELEGATE, "cancel 2024-11-21").isError()).isTrue();
    assertThat(store.current()).isSameAs(before);
  }

  @Test
  void pastedLetterIsPreviewedAndPublishedOnlyOnConfirm() throws IOException {
    String preview = ask(ADMIN, "/ign import\n" + letter("move-cancel-79th.txt"));

    assertThat(preview)
        .contains(
            "Preview of the Co-Chairs' letter on the IGN meetings of the 79th session of 18 November 2024")
        .contains("1 changed, 1 cancelled. Nothing is published until you `confirm`.")
        .contains(
            "Changed 2024-11-19 (1st IGN Plenary): date was Tuesday 19 November 2024, now Tuesday 26 November 2024")
        .contains("Cancelled: Thu 21 Nov 2024");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date())
        .isEqualTo(LocalDate.parse("2024-11-19"));

    String confirmed = ask(ADMIN, "confirm");

    assertThat(confirmed).startsWith("Published the Co-Chairs' letter");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date())
        .isEqualTo(LocalDate.parse("2024-11-26"));
    assertThat(notices).hasSize(1);
    assertThat(ask(ADMIN, "meeting 2024-11-19"))
        .contains("Meeting 2024-11-19, with its 1 published change(s):")
        .contains(
            "Revision 2, Mon 18 Nov 2024 (Co-Chairs' letter on the IGN meetings of the 79th session of 18 November 2024")
        .contains("venue was Trusteeship Council Chamber, now General Assembly Hall");
    assertThat(engine.handle(ADMIN, "confirm").isError()).isTrue();
  }

  @Test
  void attachedLetterFileIsPreviewedAndDiscardPublishesNothing() throws IOException {
    Attachment file =
        new Attachment(
            "topics.txt",
            "text/plain",
            letter("topic-change-79th.txt").getBytes(StandardCharsets.UTF_8));
    Schedule before = store.current();

    String preview = text.render(engine.handle(ADMIN, "import", List.of(file)));

    assertThat(preview)
        .contains(
            "topics was Categories of membership; Cross-regional representation, now The question of the veto");
    assertThat(ask(ADMIN, "discard")).startsWith("Discarded the preview");
    assertThat(engine.handle(ADMIN, "confirm").isError()).isTrue();
    assertThat(store.current()).isSameAs(before);
    assertThat(notices).isEmpty();
  }

  @Test
  void onlyImportTakesLongTextOtherCommandsStayShort() throws IOException {
    String seed = letter("seed-79-first-plenary.txt");
    assertThat(seed.length()).isGreaterThan(CommandEngine.MAX_LENGTH);

    assertThat(engine.handle(ADMIN, "import " + seed).isError()).isFalse();
    assertThat(ask(ADMIN, "meeting " + seed)).contains("characters; commands are short");
  }

  @Test
  void importWithoutALetterSaysWhatWouldWork() {
    assertThat(ask(ADMIN, "import"))
        .isEqualTo(
            "Attach the letter (PDF, .docx or text) to `import`, or paste its text after the word.");
  }

  @Test
  void theSameLetterAsTheScheduleHasNothingToConfirm() throws IOException {
    String preview = ask(ADMIN, "import " + letter("seed-79-first-plenary.txt"));

    assertThat(preview)
        .startsWith("Nothing to publish: the schedule already says what this letter says");
    assertThat(engine.handle(ADMIN, "confirm").isError()).isTrue();
  }

  @Test
  void adminCancelsAMeetingWithAReasonAndItIsInTheHistory() {
    String reply = ask(ADMIN, "cancel 2024-11-21 the Chamber is closed");

    assertThat(reply)
        .startsWith("Cancelled meeting 2024-11-21.")
        .contains("note added: Cancelled by an admin: the Chamber is closed.")
        .doesNotContain("notes was");
    assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
    assertThat(store.current().byId("2024-11-21").orElseThrow().notes())
        .contains("Cancelled by an admin: the Chamber is closed.");
    assertThat(store.history("2024-11-21"))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(MeetingChange.Kind.CANCELLED);
              assertThat(change.source().signatories()).containsExactly("slack:U-ADMIN");
            });
    assertThat(engine.handle(ADMIN, "cancel 2024-11-21").isError()).isTrue();
    assertThat(notices).hasSize(1);
  }

  @Test
  void adminMovesAMeetingWhichKeepsItsIdAndTimesUnlessGiven() {
    ask(ADMIN, "move 2024-11-19 26 Nov");

    var moved = store.current().byId("2024-11-19").orElseThrow();
    assertThat(moved.date()).isEqualTo(LocalDate.parse("2024-11-26"));
    assertThat(moved.sittings()).hasSize(2);
    assertThat(moved.sittings().get(0).start().toLocalTime()).hasToString("10:00");
    assertThat(moved.revision()).isEqualTo(2);

    ask(ADMIN, "move 2024-11-19 2024-11-27 15:00-18:00");

    var again = store.current().byId("2024-11-19").orElseThrow();
    assertThat(again.date()).isEqualTo(LocalDate.parse("2024-11-27"));
    assertThat(again.sittings())
        .singleElement()
        .satisfies(s -> assertThat(s.start().getHour()).isEqualTo(15));
    assertThat(store.history("2024-11-19")).hasSize(2);
    assertThat(ask(ADMIN, "move 2024-11-19"))
        .isEqualTo(
            "Move which meeting to when? `move <id> <date> [times]`, e.g. `move 2024-11-21 26 Nov`.");
    assertThat(ask(ADMIN, "move nonsense 26 Nov")).contains("No meeting has the id \"nonsense\"");
  }

  @Test
  void movingACancelledMeetingReinstatesItOpenlyAndDropsTheCancellationNote() {
    ask(ADMIN, "cancel 2024-11-21 no interpretation");

    String answer = ask(ADMIN, "move 2024-11-21 26 Nov");

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
    assertThat(ask(ADMIN, "move 2024-11-19 26.11.2024 10:00-13:00"))
        .startsWith("Moved meeting 2024-11-19.");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date()).hasToString("2024-11-26");
  }

  @Test
  void aTypedCancelIsTheOneTheTextMakes() {
    Reply typed =
        engine.perform(
            ADMIN,
            CorrectMeeting.class,
            (c, call) -> c.cancel(call, "2024-11-21", Optional.of("the Chamber is closed")));

    assertThat(text.render(typed))
        .startsWith("Cancelled meeting 2024-11-21.")
        .contains("note added: Cancelled by an admin: the Chamber is closed.");
    assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
    assertThat(
            engine.perform(
                ADMIN,
                CorrectMeeting.class,
                (c, call) -> c.cancel(call, "2024-11-21", Optional.empty())))
        .isEqualTo(engine.handle(ADMIN, "cancel 2024-11-21"));
  }

  @Test
  void aTypedMoveTakesTheDayAndTimesAsValues() {
    Reply typed =
        engine.perform(
            ADMIN,
            CorrectMeeting.class,
            (c, call) ->
                c.move(
                    call,
                    "2024-11-19",
                    LocalDate.parse("2024-11-27"),
                    List.of(new SittingTimes.Range(LocalTime.of(15, 0), LocalTime.of(18, 0)))));

    assertThat(text.render(typed)).startsWith("Moved meeting 2024-11-19.");
    Meeting moved = store.current().byId("2024-11-19").orElseThrow();
    assertThat(moved.date()).hasToString("2024-11-27");
    assertThat(moved.sittings())
        .singleElement()
        .satisfies(s -> assertThat(s.start().toLocalTime()).hasToString("15:00"));
    Reply keepsTimes =
        engine.perform(
            ADMIN,
            CorrectMeeting.class,
            (c, call) -> c.move(call, "2024-11-21", LocalDate.parse("2024-11-28"), List.of()));
    assertThat(keepsTimes.isError()).isFalse();
    assertThat(store.current().byId("2024-11-21").orElseThrow().sittings().get(0).start())
        .satisfies(start -> assertThat(start.toLocalTime()).hasToString("10:00"));
  }

  @Test
  void aTypedCorrectionIsForAdminsOnlyAndAnUnknownIdIsOneLine() {
    Reply delegate =
        engine.perform(
            DELEGATE,
            CorrectMeeting.class,
            (c, call) -> c.cancel(call, "2024-11-21", Optional.empty()));
    Reply unknown =
        engine.perform(
            ADMIN,
            CorrectMeeting.class,
            (c, call) -> c.move(call, "nonsense", LocalDate.parse("2024-11-27"), List.of()));

    assertThat(delegate).isEqualTo(engine.handle(DELEGATE, "cancel 2024-11-21"));
    assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isFalse();
    assertThat(text.render(unknown))
        .isEqualTo("No meeting has the id \"nonsense\"; `schedule` lists the ids.");
  }

  @Test
  void aTypedImportPreviewsAsTheTextDoesAndConfirmPublishesIt() throws IOException {
    String letter = letter("move-cancel-79th.txt");
    Reply pasted = engine.handle(ADMIN, "import " + letter);
    engine.handle(ADMIN, "discard");

    Reply typed =
        engine.perform(ADMIN, ImportLetter.class, (i, call) -> i.importText(call, letter));
    Reply file =
        engine.perform(
            DELEGATE,
            ImportLetter.class,
            (i, call) ->
                i.importFile(
                    call,
                    new Attachment(
                        "letter.txt", "text/plain", letter.getBytes(StandardCharsets.UTF_8))));

    assertThat(typed).isEqualTo(pasted);
    assertThat(file).isEqualTo(engine.handle(DELEGATE, "import " + letter));
    assertThat(ask(ADMIN, "confirm")).startsWith("Published the Co-Chairs' letter");
    assertThat(store.current().byId("2024-11-19").orElseThrow().date()).hasToString("2024-11-26");
  }
}
