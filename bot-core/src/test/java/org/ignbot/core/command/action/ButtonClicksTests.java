package org.ignbot.core.command.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.plenary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Bot;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.admin.AdminCommands;
import org.ignbot.core.command.admin.PublishLetter;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.command.subscription.EmailCommands;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.ActionRequest.Kind;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** A button's token comes back from the platform and runs the typed request it stands for. */
class ButtonClicksTests {
  private final List<String> calendarsAsked = new ArrayList<>();
  private final List<String> published = new ArrayList<>();
  private final List<String> textRuns = new ArrayList<>();
  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final CommandEngine engine = engine();
  private final ButtonClicks clicks = new ButtonClicks(engine);
  private final Asker delegate = new Asker(new UserKey("test", "w1", "delegate"), false);
  private final Asker admin = new Asker(new UserKey("test", "w1", "admin"), true);

  @Test
  void addToCalendarAsksTheTypedUseCaseForThatMeeting() {
    Reply reply =
        clicks.click(delegate, ActionRequest.of(Kind.MEETING_CALENDAR, "2024-11-19").token());

    assertThat(reply.title()).isEqualTo("calendar of 2024-11-19");
    assertThat(calendarsAsked).containsExactly("2024-11-19");
  }

  @Test
  void theScheduleButtonListsWhatScheduleLists() {
    assertThat(clicks.click(delegate, "schedule")).isEqualTo(engine.handle(delegate, "schedule"));
  }

  @Test
  void anAdminButtonPressedByADelegateIsRefusedByTheCommandsOwnAccess() {
    Reply refused = clicks.click(delegate, ActionRequest.of(Kind.PUBLISH).token());

    assertThat(refused.isError()).isTrue();
    assertThat(refused.lines()).singleElement().asString().contains("is for the bot's admins");
    assertThat(published).isEmpty();

    assertThat(clicks.click(admin, "confirm").isError()).isFalse();
    assertThat(published).containsExactly("admin");
  }

  @Test
  void aTokenThatIsNoRequestGetsOneLineAndRunsNothing() {
    // Both are commands, but no button's request: typed text never runs from a button.
    Reply reply = clicks.click(admin, "confirm now");

    assertThat(reply.isError()).isTrue();
    assertThat(reply.lines()).containsExactly(ButtonClicks.UNKNOWN);
    assertThat(clicks.click(admin, "tz Europe/Vienna").lines())
        .containsExactly(ButtonClicks.UNKNOWN);
    assertThat(published).isEmpty();
  }

  @Test
  void everyButtonAnswersAsItsCommandWouldWithoutRunningTheCommandsText() {
    CommandEngine bot = wholeBot();
    ButtonClicks buttons = new ButtonClicks(bot);
    for (Kind kind : Kind.values()) {
      if (kind == Kind.MEETING_CALENDAR) {
        continue; // the calendar has its own test above
      }
      ActionRequest request =
          switch (kind) {
            case TOPIC -> ActionRequest.of(kind, "categories");
            case REMIND -> ActionRequest.of(kind, "2024-11-19");
            default -> ActionRequest.of(kind);
          };
      Reply clicked = buttons.click(admin, request.token());

      assertThat(textRuns).as(kind.name()).isEmpty();
      assertThat(clicked).as(kind.name()).isEqualTo(bot.handle(admin, request.token()));
      textRuns.clear();
    }
  }

  @Test
  void aTokenCannotSmuggleWordsIntoTheCommandItStandsFor() {
    CommandEngine bot = wholeBot();
    ButtonClicks buttons = new ButtonClicks(bot);
    bot.handle(admin, "digest weekly");

    assertThat(buttons.click(admin, "remind 2024-11-19 1m").lines())
        .containsExactly(ButtonClicks.UNKNOWN);
    assertThat(buttons.click(admin, "digest off here").lines())
        .containsExactly(ButtonClicks.UNKNOWN);
    assertThat(buttons.click(admin, "topic veto\nconfirm").lines())
        .containsExactly(ButtonClicks.UNKNOWN);
    assertThat(subscriptions.active()).isEmpty();
    assertThat(bot.handle(admin, "digest").title()).contains("weekly digest");
    assertThat(textRuns).containsExactly("digest", "digest");
  }

  private CommandEngine engine() {
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(
            new Schedule(List.of(plenary("2024-11-19", Cluster.CATEGORIES))));
    List<Command> commands =
        new ArrayList<>(ReadCommands.create(schedules, Bot.KNOWLEDGE, settings));
    commands.add(new Calendars());
    commands.add(new Publish());
    return new CommandEngine(commands, clockAt("2024-11-18T12:00"), settings);
  }

  /** {@code ics}: says which meeting's calendar it was asked for. */
  private final class Calendars implements Command, CalendarFor {
    @Override
    public CommandSpec spec() {
      return CommandSpec.command("ics").summary("a calendar").build();
    }

    @Override
    public Reply run(Invocation invocation) {
      throw new AssertionError("a button asks the typed use case, not the text");
    }

    @Override
    public Reply calendar(Invocation call, CalendarFeed feed) {
      throw new AssertionError("not asked");
    }

    @Override
    public Reply meetingCalendar(Invocation call, String meetingId) {
      calendarsAsked.add(meetingId);
      return Reply.ok().title("calendar of " + meetingId).build();
    }

    @Override
    public Reply topicCalendar(Invocation call, String words) {
      throw new AssertionError("not asked");
    }
  }

  /** {@code confirm}: an admin command; a button asks its typed use case. */
  private final class Publish implements Command, PublishLetter {
    @Override
    public CommandSpec spec() {
      return CommandSpec.command("confirm").summary("publish").adminOnly().build();
    }

    @Override
    public Reply run(Invocation invocation) {
      throw new AssertionError("a button asks the typed use case, not the text");
    }

    @Override
    public Reply publish(Invocation call) {
      published.add(call.asker().user().userId());
      return Reply.ok().title("published").build();
    }
  }

  /** A command as registered, telling {@link #textRuns} when its text is run. */
  private final class TextWatched implements Command {
    private final Command command;

    TextWatched(Command command) {
      this.command = command;
    }

    @Override
    public CommandSpec spec() {
      return command.spec();
    }

    @Override
    public Reply run(Invocation invocation) {
      textRuns.add(command.spec().name());
      return command.run(invocation);
    }

    @Override
    public <T> Optional<T> offers(Class<T> useCase) {
      return command.offers(useCase);
    }
  }

  /** The bot's read, subscription and admin commands as wired (mail off), each watched. */
  private CommandEngine wholeBot() {
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(
            new Schedule(List.of(plenary("2024-11-19", Cluster.CATEGORIES))));
    Clock clock = clockAt("2024-11-18T12:00");
    SchedulePublisher publisher = new SchedulePublisher(schedules, changes -> {});
    List<Command> commands =
        new ArrayList<>(Bot.readAndSubscriptionCommands(schedules, settings, subscriptions));
    commands.addAll(
        AdminCommands.create(new LetterImport(new LetterReader(), publisher, clock), publisher));
    return new CommandEngine(
        EmailCommands.off(commands).stream().<Command>map(TextWatched::new).toList(),
        clock,
        settings);
  }
}
