package org.ignbot.core.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.text.Words;
import org.ignbot.core.user.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a person typed into a command run and a reply. Every adapter calls this with the raw
 * text ({@code /ign next}, {@code next}, {@code on 21 Nov}); whatever the text, the answer is a
 * reply, never an exception.
 */
public final class CommandEngine {
  /** Longer text is no command; it is refused before any parsing. */
  public static final int MAX_LENGTH = 2000;

  /** The most a command that takes text (a pasted letter) accepts. */
  public static final int MAX_TEXT_LENGTH = 400_000;

  private static final Logger log = LoggerFactory.getLogger(CommandEngine.class);

  /** One line per command; quiet unless turned on (the production profile does). */
  private static final Logger activity = LoggerFactory.getLogger("org.ignbot.activity");

  private static final String PREFIX = "/ign";

  private final List<Command> commands;
  private final Map<String, Command> byWord;
  private final Clock clock;
  private final UserSettings settings;
  private volatile BotObserver observer = BotObserver.NONE;

  /** The commands in the order {@code help} lists them; {@code help} itself is added last. */
  public CommandEngine(List<Command> commands, Clock clock, UserSettings settings) {
    this.clock = Objects.requireNonNull(clock);
    this.settings = Objects.requireNonNull(settings);
    List<Command> all = new ArrayList<>(commands);
    all.add(new HelpCommand(List.copyOf(commands)));
    this.commands = List.copyOf(all);
    Map<String, Command> index = new LinkedHashMap<>();
    for (Command command : this.commands) {
      register(index, command.spec().name(), command);
      command.spec().aliases().forEach(alias -> register(index, alias, command));
    }
    this.byWord = Map.copyOf(index);
  }

  /** Every command, {@code help} last. */
  public List<Command> commands() {
    return commands;
  }

  /** What each command is, {@code help} last: what a platform builds its command list from. */
  public List<CommandSpec> specs() {
    return commands.stream().map(Command::spec).toList();
  }

  /** Whether a command by that word exists here. */
  public boolean knows(String word) {
    return byWord.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Answers what {@code asker} typed. */
  public Reply handle(Asker asker, String text) {
    return handle(asker, text, List.of());
  }

  /** Tells {@code observer} of every command answered from now on (metrics, set at start-up). */
  public void observedBy(BotObserver observer) {
    this.observer = Objects.requireNonNull(observer);
  }

  /** Answers what {@code asker} typed, with the files they attached to it. */
  public Reply handle(Asker asker, String text, List<Attachment> files) {
    Instant start = clock.instant();
    Optional<ZoneId> zone = settings.zone(asker.user());
    String safeText = text == null ? "" : text;
    Reply reply = answer(asker, safeText, files, zone);
    return finish(asker, commandName(safeText), start, reply, zone);
  }

  /**
   * Answers a typed caller (a form, a button, the command line) without making command text: runs
   * the use case {@code useCase} of the registered command that offers it, as the engine runs any
   * command (the admin check, one line for bad input or a store outage, metrics, the asker's zone).
   * Without such a command the answer says it is not available.
   */
  public <T> Reply perform(Asker asker, Class<T> useCase, BiFunction<T, Invocation, Reply> call) {
    Instant start = clock.instant();
    Optional<ZoneId> zone = settings.zone(asker.user());
    Optional<Command> command = offering(useCase);
    Optional<T> offered = command.flatMap(c -> c.offers(useCase));
    if (offered.isEmpty()) {
      return finish(
          asker,
          "unknown",
          start,
          Reply.error("That is not available here. Type `help` for what I can do."),
          zone);
    }
    Invocation invocation = new Invocation(asker, "", List.of(), clock.instant(), zone);
    CommandSpec spec = command.get().spec();
    Reply reply = execute(spec, asker, () -> call.apply(offered.get(), invocation));
    return finish(asker, spec.name(), start, reply, zone);
  }

  /** Whether a registered command offers the use case {@code useCase}. */
  public boolean offers(Class<?> useCase) {
    return offering(useCase).isPresent();
  }

  private Optional<Command> offering(Class<?> useCase) {
    return commands.stream().filter(c -> c.offers(useCase).isPresent()).findFirst();
  }

  private Reply finish(
      Asker asker, String command, Instant start, Reply reply, Optional<ZoneId> zone) {
    Duration took = Duration.between(start, clock.instant());
    String outcome = reply.isError() ? "error" : "ok";
    // One line per command: who asked is left out, and so is what they typed beyond the command.
    activity.info(
        "command platform={} command={} outcome={} took={}ms",
        asker.user().platform(),
        command,
        outcome,
        took.toMillis());
    observer.commandAnswered(asker.user().platform(), command, outcome, took);
    return reply.withActionsOnly(action -> knows(action.commandName())).inZone(zone);
  }

  /** The name of the command the text asks for, or {@code unknown}: a label without user text. */
  private String commandName(String text) {
    String input = clean(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
    if (input.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      input = input.substring(PREFIX.length()).strip();
    }
    int space = input.indexOf(' ');
    String word = (space < 0 ? input : input.substring(0, space)).toLowerCase(Locale.ROOT);
    Command command = byWord.get(word);
    return command == null ? "unknown" : command.spec().name();
  }

  private Reply answer(Asker asker, String text, List<Attachment> files, Optional<ZoneId> zone) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return tooLong(text);
    }
    String input = clean(text);
    if (input.toLowerCase(Locale.ROOT).startsWith(PREFIX)
        && (input.length() == PREFIX.length()
            || Character.isWhitespace(input.charAt(PREFIX.length())))) {
      input = input.substring(PREFIX.length()).strip();
    }
    if (input.isEmpty()) {
      return Reply.error("Type a command: try `next`, or `help` for the list.");
    }
    int space = input.indexOf(' ');
    String word = (space < 0 ? input : input.substring(0, space)).toLowerCase(Locale.ROOT);
    String arguments = space < 0 ? "" : input.substring(space + 1);
    Command command = byWord.get(word);
    if (command != null && command.spec().takesText()) {
      arguments = rawArguments(text);
    } else if (text.length() > MAX_LENGTH) {
      return tooLong(text);
    }
    if (command == null) {
      return Reply.error(unknown(word));
    }
    Invocation invocation = new Invocation(asker, arguments, files, clock.instant(), zone);
    return execute(command.spec(), asker, () -> command.run(invocation));
  }

  /** The answer to someone not on the admin list who runs an admin command. */
  public static Reply adminsOnly(CommandSpec spec) {
    return Reply.error(
        "Sorry, `"
            + spec.name()
            + "` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
  }

  /** Runs a command for {@code asker}: admins only where it says so; never an exception. */
  private static Reply execute(CommandSpec spec, Asker asker, Supplier<Reply> run) {
    if (spec.adminOnly() && !asker.admin()) {
      return adminsOnly(spec);
    }
    try {
      return run.get();
    } catch (InvalidInputException e) {
      return Reply.error(e.getMessage());
    } catch (StoreUnavailableException e) {
      log.warn("Command '{}': the store is unavailable: {}", spec.name(), e.getCause().toString());
      return Reply.error(e.line());
    } catch (RuntimeException e) {
      log.error("Command '{}' failed", spec.name(), e);
      return Reply.error(
          "Something went wrong on my side answering `"
              + spec.name()
              + "`; it is logged. Please try again.");
    }
  }

  private static Reply tooLong(String text) {
    return Reply.error(
        "That is "
            + text.length()
            + " characters; commands are short. Try `next`, or `help` for the list.");
  }

  /** What follows the command word, as typed: a pasted letter keeps its lines and tabs. */
  private static String rawArguments(String text) {
    String rest = text.stripLeading().replaceFirst("(?i)^/ign(?=\\s)", "").stripLeading();
    return rest.replaceFirst("^\\S+", "");
  }

  private String unknown(String word) {
    String shown = word.length() > 30 ? word.substring(0, 30) + "…" : word;
    Optional<String> closest =
        byWord.keySet().stream()
            .filter(
                candidate -> Words.distance(candidate, word) <= Math.max(1, candidate.length() / 3))
            .min(Comparator.comparingInt(candidate -> Words.distance(candidate, word)));
    return closest
        .map(
            c ->
                "I don't know \""
                    + shown
                    + "\" — did you mean `"
                    + c
                    + "`? Type `help` for the list.")
        .orElse("I don't know \"" + shown + "\". Type `help` for what I can do.");
  }

  /** Control characters and odd spaces become plain spaces; runs of space fold to one. */
  private static String clean(String text) {
    return text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}]+", " ").strip();
  }

  private static void register(Map<String, Command> index, String word, Command command) {
    if (index.put(word.toLowerCase(Locale.ROOT), command) != null) {
      throw new IllegalArgumentException("two commands answer to '" + word + "'");
    }
  }
}
