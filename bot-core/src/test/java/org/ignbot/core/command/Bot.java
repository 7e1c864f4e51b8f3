package org.ignbot.core.command;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.knowledge.Fact;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserKey;

/** The core with the read-only commands, as an adapter would drive it, for command tests. */
public final class Bot {
  public static final Knowledge KNOWLEDGE =
      new Knowledge(
          List.of(
              new Fact(
                  "ign",
                  List.of("intergovernmental negotiations"),
                  "The IGN",
                  List.of("Launched by decision 62/557."),
                  "un.org/en/ga/screform"),
              new Fact(
                  "g4",
                  List.of("group of four"),
                  "G4",
                  List.of("Brazil, Germany, India, Japan."),
                  "G4 model")),
          Map.of(
              79,
              "Tareq Albanai (Kuwait) and Alexander Marschik (Austria)",
              80,
              "Tareq Albanai (Kuwait) and Lise Gregoire-van Haaren (Netherlands)"),
          "un.org/en/ga/screform");

  public final InMemoryUserSettings settings = new InMemoryUserSettings();
  public final CommandEngine engine;
  private final TextRenderer renderer = new TextRenderer();
  private final Asker asker = new Asker(new UserKey("test", "w1", "u1"), false);

  public Bot(Clock clock, Meeting... meetings) {
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(new Schedule(List.of(meetings)));
    engine =
        new CommandEngine(ReadCommands.create(schedules, KNOWLEDGE, settings), clock, settings);
  }

  /** The read-only commands and the subscription commands on in-memory stores. */
  public static List<Command> readAndSubscriptionCommands(
      ScheduleRepository schedules,
      InMemoryUserSettings settings,
      InMemorySubscriptionStore subscriptions) {
    List<Command> commands = new ArrayList<>(ReadCommands.create(schedules, KNOWLEDGE, settings));
    commands.addAll(
        SubscriptionCommands.create(
            subscriptions,
            settings,
            Replanner.NONE,
            LeadTimes.DEFAULT,
            schedules,
            new InMemoryDigestStore()));
    return commands;
  }

  public Reply reply(String text) {
    return engine.handle(asker, text);
  }

  /** The answer as the terminal shows it. */
  public String ask(String text) {
    return renderer.render(reply(text));
  }
}
