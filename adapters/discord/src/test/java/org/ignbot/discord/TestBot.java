package org.ignbot.discord;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.command.admin.CorrectMeeting;
import org.ignbot.core.command.admin.DiscardLetter;
import org.ignbot.core.command.admin.ImportLetter;
import org.ignbot.core.command.admin.PublishLetter;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.VenueTime;

/**
 * The bot as tests run it: the real engine on two meetings, with stand-ins for other helpers'
 * commands.
 */
final class TestBot {
  /** 18 November 2024, noon in New York: the day before the first plenary. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-18T17:00:00Z"), ZoneOffset.UTC);

  static final Source LETTER =
      new Source(
          "letter-2024-11-07",
          "Co-Chairs' letter",
          Optional.of(LocalDate.of(2024, 11, 7)),
          List.of("Tareq Albanai", "Lise Gregoire-van Haaren"),
          List.of());

  private TestBot() {}

  /** The settings that point the bot at the fake Discord. */
  static DiscordSettings settings(FakeDiscord discord, Optional<String> guild, boolean events) {
    return new DiscordSettings(
        "fake-token",
        guild,
        Optional.of(discord.apiUrl()),
        Optional.of(discord.gatewayUrl()),
        events);
  }

  /** Real JDA connected to the fake Discord, on the two test meetings and the fixed clock. */
  static DiscordBot connect(FakeDiscord discord) throws InterruptedException {
    return connect(discord, repository(), CLOCK, false);
  }

  /** Real JDA connected to the fake Discord, ready to take interactions. */
  static DiscordBot connect(
      FakeDiscord discord, InMemoryScheduleRepository schedules, Clock clock, boolean events)
      throws InterruptedException {
    return DiscordBot.start(
            settings(discord, Optional.of(Payloads.GUILD), events),
            engine(schedules),
            admins(),
            schedules,
            clock)
        .awaitReady();
  }

  static Meeting meeting(String id, LocalDate day, String venue, MeetingStatus status) {
    return new Meeting(
        id,
        79,
        "1st IGN plenary meeting",
        day,
        List.of(sitting(day, 10, 13, false), sitting(day, 15, 18, true)),
        Optional.of(venue),
        List.of(Topic.of("Categories of membership"), Topic.of("The question of the veto")),
        EnumSet.of(Cluster.CATEGORIES, Cluster.VETO),
        List.of(),
        status,
        1,
        Optional.empty(),
        LETTER);
  }

  static Sitting sitting(LocalDate day, int from, int to, boolean spillOver) {
    return new Sitting(
        ZonedDateTime.of(day, LocalTime.of(from, 0), VenueTime.ZONE),
        ZonedDateTime.of(day, LocalTime.of(to, 0), VenueTime.ZONE),
        spillOver);
  }

  static Schedule schedule() {
    return new Schedule(
        List.of(
            meeting(
                "2024-11-19",
                LocalDate.of(2024, 11, 19),
                "Trusteeship Council Chamber",
                MeetingStatus.SCHEDULED),
            meeting(
                "2024-11-21",
                LocalDate.of(2024, 11, 21),
                "Trusteeship Council Chamber",
                MeetingStatus.SCHEDULED)));
  }

  static InMemoryScheduleRepository repository() {
    return new InMemoryScheduleRepository(schedule());
  }

  static CommandEngine engine(InMemoryScheduleRepository schedules) {
    InMemoryUserSettings settings = new InMemoryUserSettings();
    List<Command> commands =
        new ArrayList<>(
            ReadCommands.create(
                schedules, new Knowledge(List.of(), java.util.Map.of(), "none"), settings));
    commands.add(new CalendarStub());
    commands.add(new CorrectionStub());
    commands.add(
        new Stub(
            CommandSpec.command("move")
                .summary("stand-in for move")
                .parameters(
                    Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting"),
                    Parameter.required("date", Parameter.Type.DATE, "The new day"),
                    Parameter.optional("times", Parameter.Type.TIMES, "New York times"))
                .adminOnly()
                .build()));
    commands.add(new ImportStub());
    commands.add(new PublishStub());
    commands.add(new DiscardStub());
    return new CommandEngine(commands, CLOCK, settings);
  }

  static AdminList admins() {
    return new AdminList(List.of("discord:" + Payloads.ADMIN));
  }

  /**
   * Stands in for a command another part of the bot provides: answers with what it was given, and
   * for {@code ics} with an .ics file, as the calendar's command does.
   */
  static class Stub implements Command {
    private final CommandSpec spec;
    private final String name;

    Stub(CommandSpec spec) {
      this.spec = spec;
      this.name = spec.name();
    }

    @Override
    public CommandSpec spec() {
      return spec;
    }

    @Override
    public Reply run(Invocation invocation) {
      Reply.Builder reply =
          Reply.ok()
              .title(name + " ran")
              .line("arguments: " + invocation.arguments())
              .line("admin: " + invocation.asker().admin())
              .line("user: " + invocation.asker().user());
      for (Attachment file : invocation.files()) {
        reply.line(
            "file: " + file.fileName() + " " + new String(file.content(), StandardCharsets.UTF_8));
      }
      if (name.equals("ics")) {
        reply.attach(
            new Attachment(
                "ign-" + invocation.arguments() + ".ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)));
      }
      return reply.build();
    }
  }

  /** {@code confirm} with the typed use case its button asks for, answered by the stub. */
  static final class PublishStub extends Stub implements PublishLetter {
    PublishStub() {
      super(CommandSpec.command("confirm").summary("stand-in for confirm").adminOnly().build());
    }

    @Override
    public Reply publish(Invocation call) {
      return typed(call, "confirm");
    }
  }

  /**
   * {@code cancel} (and {@code move}, which offers the same use case) answering typed corrections
   * with the typed values it was given.
   */
  static final class CorrectionStub extends Stub implements CorrectMeeting {
    CorrectionStub() {
      super(
          CommandSpec.command("cancel")
              .summary("stand-in for cancel")
              .parameters(
                  Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting"),
                  Parameter.optional("reason", Parameter.Type.TEXT, "Why"))
              .adminOnly()
              .build());
    }

    @Override
    public void requireMeeting(String meetingId) {
      if (schedule().byId(meetingId).isEmpty()) {
        throw new InvalidInputException("No meeting " + meetingId + ".");
      }
    }

    @Override
    public Reply cancel(Invocation call, String meetingId, Optional<String> reason) {
      return typed(call, "cancel id=" + meetingId + " reason=" + reason.orElse("none"));
    }

    @Override
    public Reply move(
        Invocation call, String meetingId, LocalDate day, List<SittingTimes.Range> times) {
      return typed(call, "move id=" + meetingId + " day=" + day + " times=" + times.size());
    }
  }

  /** {@code import} answering the typed letter: the file's bytes or the pasted text. */
  static final class ImportStub extends Stub implements ImportLetter {
    ImportStub() {
      super(
          CommandSpec.command("import")
              .summary("stand-in for import")
              .parameters(
                  Parameter.optional("file", Parameter.Type.FILE, "The letter as a file"),
                  Parameter.optional("text", Parameter.Type.LETTER, "The letter, pasted"))
              .adminOnly()
              .takesText()
              .build());
    }

    @Override
    public Reply importFile(Invocation call, Attachment file) {
      return typed(
          call,
          "import file: "
              + file.fileName()
              + " "
              + new String(file.content(), StandardCharsets.UTF_8));
    }

    @Override
    public Reply importText(Invocation call, String text) {
      return typed(call, "import text: " + text);
    }
  }

  /** {@code discard} with its typed use case. */
  static final class DiscardStub extends Stub implements DiscardLetter {
    DiscardStub() {
      super(CommandSpec.command("discard").summary("stand-in for discard").adminOnly().build());
    }

    @Override
    public Reply discard(Invocation call) {
      return typed(call, "discard");
    }
  }

  /** The answer of a stand-in's typed use case: what it was given, and by whom. */
  static Reply typed(Invocation call, String given) {
    return Reply.ok()
        .title("typed")
        .line("given: " + given)
        .line("admin: " + call.asker().admin())
        .line("user: " + call.asker().user())
        .build();
  }

  /** {@code ics} with the typed use case the calendar's command offers, answered by the stub. */
  static final class CalendarStub implements Command, CalendarFor {
    private final Stub stub = new Stub(IcsCommand.SPEC);

    @Override
    public CommandSpec spec() {
      return stub.spec();
    }

    @Override
    public Reply run(Invocation invocation) {
      return stub.run(invocation);
    }

    @Override
    public Reply calendar(Invocation call, CalendarFeed feed) {
      return stub.run(typed(call, "feed " + feed.fileName()));
    }

    @Override
    public Reply meetingCalendar(Invocation call, String meetingId) {
      return stub.run(typed(call, meetingId));
    }

    @Override
    public Reply topicCalendar(Invocation call, String words) {
      return stub.run(typed(call, "topic " + words));
    }

    private static Invocation typed(Invocation call, String arguments) {
      return new Invocation(call.asker(), arguments, call.files(), call.now(), call.zone());
    }
  }
}
