package org.ignbot.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.ignbot.core.schedule.Cluster;

/**
 * The subcommands of {@code /ign} and {@code /ign-admin}: what Discord shows (typed options,
 * cluster choices, autocomplete) and how a filled-in subcommand reads as the command text the core
 * understands. Discord sets default permissions per command, not per subcommand, so the admin
 * subcommands live under their own command.
 */
final class CommandCatalog {
  static final String COMMAND = "ign";
  static final String ADMIN_COMMAND = "ign-admin";

  /** Discord's limit on a string option; a pasted letter longer than this needs the file option. */
  static final int MAX_TEXT = 6000;

  /** One option and the words it adds to the command text. */
  record Part(OptionData option, Function<String, String> words) {}

  /** One subcommand: personal answers are only shown to the asker. */
  record Subcommand(
      String name,
      String verb,
      String description,
      boolean admin,
      boolean personal,
      List<Part> parts) {

    SubcommandData data() {
      return new SubcommandData(name, description)
          .addOptions(parts.stream().map(Part::option).toList());
    }

    /** "subscribe 1d topic veto here": the name, then each given option's words in order. */
    String text(Map<String, String> values) {
      StringBuilder text = new StringBuilder(verb);
      for (Part part : parts) {
        String value = values.get(part.option().getName());
        if (value != null && !value.isBlank()) {
          String words = part.words().apply(value.strip());
          if (!words.isEmpty()) {
            text.append(' ').append(words);
          }
        }
      }
      return text.toString();
    }
  }

  private static final List<Subcommand> ALL =
      List.of(
          open("next", "The next meeting: times, venue, topics, source"),
          open(
              "schedule",
              "The next meetings, one line each",
              new Part(
                  new OptionData(OptionType.INTEGER, "count", "How many (5 unless you say)")
                      .setRequiredRange(1, 20),
                  Function.identity())),
          open(
              "on",
              "Meetings on a day",
              text("date", "A day: 21 Nov, 2024-11-21, tomorrow, monday", true)),
          open(
              "topic",
              "Meetings on a cluster or with your words",
              cluster("cluster", "One of the five key issues", ""),
              text("words", "Words to look for, e.g. Liechtenstein model", false)),
          open("meeting", "One meeting in full", meetingId(true)),
          open("clusters", "The five key issues, each with its next meeting"),
          open(
              "about",
              "Short facts with sources: the IGN, a cluster, a group, the Pact",
              text("subject", "e.g. ign, veto, g4, ufc, pact, co-chairs", true)),
          personal(
              "subscribe",
              "Reminders before each sitting, by direct message or in this channel",
              text("lead", "Lead times, e.g. 1d 1h (1 day and 1 hour unless you say)", false),
              cluster("cluster", "Only meetings on this cluster", "topic "),
              flag("here", "Post the reminders in this channel (admins)", "here")),
          personal(
              "remind",
              "A reminder before one meeting's sittings, by direct message",
              meetingId(true),
              text("lead", "Lead times, e.g. 2h 15m (1 day and 1 hour unless you say)", false)),
          personal(
              "unsubscribe",
              "Stop reminders",
              cluster("cluster", "Only the subscription on this cluster", "topic "),
              flag("here", "The subscription of this channel (admins)", "here")),
          personal("subscriptions", "What you are subscribed to"),
          personal(
              "tz",
              "Your time zone for answers and reminders",
              new Part(
                  new OptionData(OptionType.STRING, "zone", "e.g. Europe/Vienna, Asia/Kolkata")
                      .setAutoComplete(true),
                  Function.identity())),
          personal(
              "ics",
              "An .ics calendar file and the link of the matching feed",
              meetingId(false),
              cluster("cluster", "Every meeting on this cluster", "topic ")),
          new Subcommand(
              "forget",
              "forget me",
              "Forget everything the bot keeps about you",
              false,
              true,
              List.of()),
          personal(
              "help",
              "What the bot can do",
              text("command", "A command to explain, e.g. subscribe", false)),
          admin(
              "import",
              "Preview what a Co-Chairs' letter adds, changes or cancels",
              new Part(
                  new OptionData(OptionType.ATTACHMENT, "file", "The letter as a text file"),
                  value -> ""),
              new Part(
                  new OptionData(OptionType.STRING, "text", "The letter's text, pasted")
                      .setMaxLength(MAX_TEXT),
                  Function.identity())),
          admin("confirm", "Publish the previewed import"),
          admin("discard", "Drop the previewed import"),
          admin(
              "cancel",
              "Cancel a meeting and tell its subscribers",
              meetingId(true),
              text("reason", "Why, as the notice should say", false)),
          admin(
              "move",
              "Move a meeting and tell its subscribers",
              meetingId(true),
              text("date", "The new day, e.g. 2024-11-22", true),
              text("times", "New York times, e.g. 10:00-13:00 15:00-18:00", false)));

  private final List<Subcommand> available;

  /** Only the subcommands whose command the engine has: the others would answer nothing useful. */
  CommandCatalog(Predicate<String> engineKnows) {
    this.available = ALL.stream().filter(sub -> engineKnows.test(sub.name())).toList();
  }

  List<Subcommand> subcommands() {
    return available;
  }

  Optional<Subcommand> find(String command, String subcommand) {
    boolean admin = ADMIN_COMMAND.equals(command);
    if (!admin && !COMMAND.equals(command)) {
      return Optional.empty();
    }
    return available.stream()
        .filter(sub -> sub.admin() == admin && sub.name().equals(subcommand))
        .findFirst();
  }

  /** {@code /ign} for everyone, {@code /ign-admin} for members who may manage events. */
  List<SlashCommandData> commands() {
    List<SlashCommandData> commands = new ArrayList<>();
    List<SubcommandData> open = data(sub -> !sub.admin());
    if (!open.isEmpty()) {
      commands.add(
          Commands.slash(COMMAND, "The IGN (Security Council reform) schedule and reminders")
              .setContexts(InteractionContextType.GUILD)
              .addSubcommands(open));
    }
    List<SubcommandData> admin = data(Subcommand::admin);
    if (!admin.isEmpty()) {
      commands.add(
          Commands.slash(ADMIN_COMMAND, "IGN Bot admin: letters and corrections")
              .setContexts(InteractionContextType.GUILD)
              .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_EVENTS))
              .addSubcommands(admin));
    }
    return commands;
  }

  private List<SubcommandData> data(Predicate<Subcommand> which) {
    List<SubcommandData> data = new ArrayList<>();
    for (Subcommand sub : available) {
      if (which.test(sub)) {
        SubcommandData subcommand = sub.data();
        if (sub.name().equals("help")) {
          subcommand = helpWithChoices();
        }
        data.add(subcommand);
      }
    }
    return data;
  }

  private SubcommandData helpWithChoices() {
    OptionData command = new OptionData(OptionType.STRING, "command", "A command to explain");
    available.stream()
        .filter(sub -> !sub.name().equals("help"))
        .limit(OptionData.MAX_CHOICES)
        .forEach(sub -> command.addChoice(sub.name(), sub.name()));
    return new SubcommandData("help", "What the bot can do").addOptions(command);
  }

  private static Subcommand open(String name, String description, Part... parts) {
    return new Subcommand(name, name, description, false, false, Arrays.asList(parts));
  }

  private static Subcommand personal(String name, String description, Part... parts) {
    return new Subcommand(name, name, description, false, true, Arrays.asList(parts));
  }

  private static Subcommand admin(String name, String description, Part... parts) {
    return new Subcommand(name, name, description, true, true, Arrays.asList(parts));
  }

  private static Part text(String name, String description, boolean required) {
    return new Part(
        new OptionData(OptionType.STRING, name, description, required).setMaxLength(200),
        Function.identity());
  }

  private static Part meetingId(boolean required) {
    return new Part(
        new OptionData(OptionType.STRING, "id", "The meeting, e.g. 2024-11-19", required)
            .setAutoComplete(true),
        Function.identity());
  }

  private static Part cluster(String name, String description, String prefix) {
    OptionData option = new OptionData(OptionType.STRING, name, description);
    for (Cluster cluster : Cluster.values()) {
      option.addChoice(shortName(cluster), cluster.key());
    }
    return new Part(option, value -> prefix + value);
  }

  private static Part flag(String name, String description, String word) {
    return new Part(
        new OptionData(OptionType.BOOLEAN, name, description),
        value -> Boolean.parseBoolean(value) ? word : "");
  }

  /** Choice names are at most 100 characters; the official names are longer. */
  private static String shortName(Cluster cluster) {
    String name = cluster.officialName();
    return name.length() <= 100 ? name : name.substring(0, 99) + "…";
  }
}
