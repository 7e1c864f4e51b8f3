package org.ignbot.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/** {@code help [command]}: what the bot can do; it lists only the commands registered. */
final class HelpCommand implements Command {
  private static final int USAGE_COLUMN = 28;

  private final List<Command> commands;

  HelpCommand(List<Command> commands) {
    this.commands = commands;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String usage() {
    return "help [command]";
  }

  @Override
  public String summary() {
    return "what I can do, or how to use one command";
  }

  @Override
  public Reply run(Invocation invocation) {
    if (!invocation.hasArguments()) {
      Reply.Builder reply =
          Reply.ok()
              .title("IGN Bot: the Security Council reform negotiations (IGN) schedule")
              .line("Type a command, with or without /ign:");
      for (Command command : commands) {
        entry(reply, command);
      }
      entry(reply, this);
      return reply
          .line("Times are New York time; set `tz <zone>` to see your own beside it.")
          .build();
    }
    String word = invocation.arguments().toLowerCase(Locale.ROOT).replaceFirst("^/ign\\s+", "");
    Command command =
        find(word.split(" ")[0])
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "There is no command \""
                            + invocation.arguments()
                            + "\". Type `help` for the list."));
    Reply.Builder reply =
        Reply.ok().title(command.usage()).line(capitalised(command.summary()) + ".");
    if (!command.aliases().isEmpty()) {
      reply.line("Also: " + String.join(", ", command.aliases()));
    }
    command.examples().forEach(example -> reply.line("  " + example));
    return reply.build();
  }

  /** " usage summary", with a long usage on a line of its own so the summaries line up. */
  private static void entry(Reply.Builder reply, Command command) {
    if (command.usage().length() < USAGE_COLUMN) {
      reply.line(String.format("  %-" + USAGE_COLUMN + "s %s", command.usage(), command.summary()));
    } else {
      reply.line("  " + command.usage());
      reply.line(" ".repeat(USAGE_COLUMN + 3) + command.summary());
    }
  }

  private Optional<Command> find(String word) {
    if (word.equals(name())) {
      return Optional.of(this);
    }
    return commands.stream()
        .filter(command -> command.name().equals(word) || command.aliases().contains(word))
        .findFirst();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
