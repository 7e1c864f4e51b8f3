package org.ignbot.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/**
 * {@code help [command]}: what the bot can do, made from the commands' descriptions ({@link
 * CommandSpec}); it lists only the commands registered.
 */
final class HelpCommand implements Command, ShowHelp {
  private static final int USAGE_COLUMN = 28;

  private static final CommandSpec SPEC =
      CommandSpec.command("help")
          .summary("what I can do, or how to use one command")
          .parameters(
              Parameter.optional(
                  "command", Parameter.Type.COMMAND, "A command to explain, e.g. subscribe"))
          .build();

  private final List<CommandSpec> specs;

  HelpCommand(List<Command> commands) {
    this.specs = Stream.concat(commands.stream().map(Command::spec), Stream.of(SPEC)).toList();
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return help(
        invocation,
        invocation.hasArguments() ? Optional.of(invocation.arguments()) : Optional.empty());
  }

  @Override
  public Reply help(Invocation invocation, Optional<String> asked) {
    Optional<String> command = asked.map(String::strip).filter(word -> !word.isEmpty());
    if (command.isEmpty()) {
      Reply.Builder reply =
          Reply.ok()
              .title("IGN Bot: the Security Council reform negotiations (IGN) schedule")
              .line("Type a command, with or without /ign:");
      specs.forEach(spec -> entry(reply, spec));
      return reply
          .line("Times are New York time; set `tz <zone>` to see your own beside it.")
          .build();
    }
    String word = command.get().toLowerCase(Locale.ROOT).replaceFirst("^/ign\\s+", "");
    CommandSpec spec =
        find(word.split(" ")[0])
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "There is no command \""
                            + command.get()
                            + "\". Type `help` for the list."));
    Reply.Builder reply =
        Reply.ok().title(spec.usage()).line(capitalised(spec.helpSummary()) + ".");
    if (!spec.aliases().isEmpty()) {
      reply.line("Also: " + String.join(", ", spec.aliases()));
    }
    spec.examples().forEach(example -> reply.line("  " + example));
    return reply.build();
  }

  /** " usage summary", with a long usage on a line of its own so the summaries line up. */
  private static void entry(Reply.Builder reply, CommandSpec spec) {
    if (spec.usage().length() < USAGE_COLUMN) {
      reply.line(String.format("  %-" + USAGE_COLUMN + "s %s", spec.usage(), spec.helpSummary()));
    } else {
      reply.line("  " + spec.usage());
      reply.line(" ".repeat(USAGE_COLUMN + 3) + spec.helpSummary());
    }
  }

  private Optional<CommandSpec> find(String word) {
    return specs.stream()
        .filter(spec -> spec.name().equals(word) || spec.aliases().contains(word))
        .findFirst();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
