package org.ignbot.core.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.user.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a person typed into a command run and a reply. A platform's own command comes as the
 * raw text ({@code /ign next}, {@code next}, {@code on 21 Nov}: {@link #handle}); a typed caller (a
 * form, a button, the command line) asks for a use case with typed values ({@link #perform}).
 * Either way the admin check is the command's description's, and the answer is a reply, never an
 * exception.
 */
public final class CommandEngine {
  /** Longer text is no command; it is refused before any parsing. */
  public static final int MAX_LENGTH = 2000;

  /** The most a command that takes text (a pasted letter) accepts. */
  public static final int MAX_TEXT_LENGTH = 400_000;

  /** One line per command; quiet unless turned on (the production profile does). */
  private static final Logger activity = LoggerFactory.getLogger("org.ignbot.activity");

  private final CommandIndex index;
  private final Clock clock;
  private final UserSettings settings;
  private volatile BotObserver observer = BotObserver.NONE;

  /** The commands in the order {@code help} lists them; {@code help} itself is added last. */
  public CommandEngine(List<Command> commands, Clock clock, UserSettings settings) {
    this.clock = Objects.requireNonNull(clock);
    this.settings = Objects.requireNonNull(settings);
    List<Command> all = new ArrayList<>(commands);
    all.add(new HelpCommand(List.copyOf(commands)));
    this.index = new CommandIndex(all);
  }

  /** Every command, {@code help} last. */
  public List<Command> commands() {
    return index.all();
  }

  /** What each command is, {@code help} last: what a platform builds its command list from. */
  public List<CommandSpec> specs() {
    return index.all().stream().map(Command::spec).toList();
  }

  /** Whether a command by that word exists here. */
  public boolean knows(String word) {
    return index.byWord(word).isPresent();
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
    Optional<Command> command = index.offering(useCase);
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
    CommandSpec spec = command.get().specOffering(useCase);
    Reply reply = CommandRun.execute(spec, asker, "", () -> call.apply(offered.get(), invocation));
    return finish(asker, spec.name(), start, reply, zone);
  }

  /**
   * Whether {@code asker} may run what {@code text} asks for, by the engine's own admin check (the
   * access its description gives the form asked for): what a platform asks before fetching a file
   * the answer would not use. The refusal itself is the engine's answer to the command. Text that
   * asks for no command is for everyone to be told so.
   */
  public boolean permits(Asker asker, String text) {
    CommandInput input = CommandInput.of(text == null ? "" : text);
    return index
        .byWord(input.word())
        .map(command -> CommandRun.permits(command.spec(), asker, input.arguments()))
        .orElse(true);
  }

  /** Whether a registered command offers the use case {@code useCase}. */
  public boolean offers(Class<?> useCase) {
    return index.offering(useCase).isPresent();
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
    return index
        .byWord(CommandInput.firstWord(text, MAX_LENGTH))
        .map(command -> command.spec().name())
        .orElse("unknown");
  }

  private Reply answer(Asker asker, String text, List<Attachment> files, Optional<ZoneId> zone) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return tooLong(text);
    }
    CommandInput input = CommandInput.of(text);
    if (input.word().isEmpty()) {
      return Reply.error("Type a command: try `next`, or `help` for the list.");
    }
    Optional<Command> command = index.byWord(input.word());
    String arguments = input.arguments();
    if (command.isPresent() && command.get().spec().takesText()) {
      arguments = CommandInput.rawArguments(text);
    } else if (text.length() > MAX_LENGTH) {
      return tooLong(text);
    }
    if (command.isEmpty()) {
      return Reply.error(index.unknown(input.word()));
    }
    Invocation invocation = new Invocation(asker, arguments, files, clock.instant(), zone);
    return CommandRun.execute(
        command.get().spec(), asker, invocation.arguments(), () -> command.get().run(invocation));
  }

  private static Reply tooLong(String text) {
    return Reply.error(
        "That is "
            + text.length()
            + " characters; commands are short. Try `next`, or `help` for the list.");
  }
}
