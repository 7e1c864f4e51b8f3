package org.ignbot.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.LeadTimes;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.admin.AdminCommands;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.knowledge.KnowledgeFile;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.ScheduleFile;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.time.VenueTime;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/**
 * The README's table of commands ("What it answers": first column the command in backticks, the
 * second with examples in backticks) against the engine with every command and the bundled data:
 * each command exists, and each example is answered without an error.
 */
class ReadmeCommandExamplesTests {
  private static final Path README = Path.of("../README.md");
  private static final Path DATA = Path.of("../config/src/main/resources/data");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** A row of the table: the commands of its first column, the examples of its second. */
  private record Row(List<String> commands, List<String> examples, boolean forAdmins) {}

  private static List<Row> rows() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("## What it answers");
    assertThat(start).as("README has a \"What it answers\" section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    List<Row> rows = new ArrayList<>();
    for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      // "\|" inside a cell is a bar of the command's usage, not a column.
      String[] cells = line.replace("\\|", "¦").split("\\|");
      rows.add(new Row(code(cells[1]), code(cells[2]), cells[1].contains("(admins)")));
    }
    assertThat(rows).as("rows of the commands table").hasSizeGreaterThan(10);
    return rows;
  }

  private static List<String> code(String cell) {
    List<String> found = new ArrayList<>();
    Matcher matcher = CODE.matcher(cell);
    while (matcher.find()) {
      found.add(matcher.group(1).replace('¦', '|').strip());
    }
    return found;
  }

  private static CommandEngine engine() throws IOException {
    Clock clock =
        Clock.fixed(
            LocalDateTime.parse("2024-11-18T12:00").atZone(VenueTime.ZONE).toInstant(),
            ZoneOffset.UTC);
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(
            ScheduleFile.parse(Files.readString(DATA.resolve("schedule.yml")), "schedule.yml"));
    InMemoryUserSettings settings = new InMemoryUserSettings();
    InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
    SchedulePublisher publisher = new SchedulePublisher(schedules, changes -> {});
    FeedLinks links = new FeedLinks("https://ign.example.org");
    List<Command> commands =
        new ArrayList<>(
            ReadCommands.create(
                schedules,
                KnowledgeFile.parse(
                    Files.readString(DATA.resolve("knowledge.yml")), "knowledge.yml"),
                settings));
    commands.addAll(
        SubscriptionCommands.create(
            subscriptions,
            settings,
            () -> {},
            org.ignbot.core.remind.LeadTimes.DEFAULT,
            schedules,
            new org.ignbot.core.digest.InMemoryDigestStore()));
    commands.add(
        new IcsCommand(
            schedules,
            new IcsWriter(clock, links, "noreply@ign-bot.invalid"),
            links,
            LeadTimes.none()));
    commands.addAll(
        AdminCommands.create(new LetterImport(new LetterReader(), publisher, clock), publisher));
    return new CommandEngine(commands, clock, settings);
  }

  /**
   * What the row runs: its usage with the optional parts left out and each {@code <placeholder>}
   * filled (an id and a date of the bundled schedule, or the row's first example); then each
   * example in place of the last placeholder, or after the filled usage when it has optional parts
   * ("tz" + "Europe/Vienna"). An example that is a whole command ("tz") runs as it is.
   */
  private static List<String> texts(Row row) {
    String usage = row.commands().get(0);
    String word = usage.split(" ")[0];
    String required = usage.replaceAll("\\s*\\[.*?\\]", "");
    Matcher placeholder = Pattern.compile("<([^>]+)>").matcher(required);
    StringBuilder filled = new StringBuilder();
    String sample = row.examples().isEmpty() ? null : row.examples().get(0);
    while (placeholder.find()) {
      String value =
          switch (placeholder.group(1)) {
            case "id" -> "2024-11-21";
            case "date" -> usage.contains("[") ? "26 Nov" : sample;
            default -> sample;
          };
      if (value == null) {
        return List.of();
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(filled);
    List<String> texts = new ArrayList<>();
    if (!row.forAdmins() || required.contains("<")) {
      texts.add(filled.toString());
    }
    if (usage.contains("<") || usage.contains("[")) {
      String prefix =
          usage.contains("[") ? filled + " " : required.substring(0, required.lastIndexOf('<'));
      for (String example : row.examples()) {
        texts.add(
            example.equals(word) || example.startsWith(word + " ") ? example : prefix + example);
      }
    }
    return texts;
  }

  @Test
  void everyCommandInTheReadmeExists() throws IOException {
    CommandEngine engine = engine();
    for (Row row : rows()) {
      for (String command : row.commands()) {
        assertThat(engine.knows(command.split(" ")[0])).as(command).isTrue();
      }
    }
  }

  @Test
  void everyExampleInTheReadmeIsAnsweredWithoutAnError() throws IOException {
    CommandEngine engine = engine();
    Asker admin = new Asker(new UserKey("test", "w1", "u1"), true, Optional.of("C1"));
    TextRenderer renderer = new TextRenderer();
    List<String> failed = new ArrayList<>();
    int ran = 0;
    for (Row row : rows()) {
      List<String> texts = texts(row);
      for (String text : texts) {
        Reply reply = engine.handle(admin, text);
        ran++;
        if (reply.isError()) {
          failed.add(text + " -> " + renderer.render(reply));
        }
      }
    }
    assertThat(ran).isGreaterThan(20);
    assertThat(failed).isEmpty();
  }
}
