package org.ignbot.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Unmatched;

/**
 * The command line, read before Spring starts: which mode to run, {@code --as-of}, and Spring
 * settings ({@code --name.of.setting=value}) passed on as they are.
 */
public record LaunchOptions(
    Mode mode, String command, OffsetDateTime asOf, List<String> springArgs, String usage) {

  /** What the process does. */
  public enum Mode {
    /** The chat: in the terminal when no chat platform is configured. */
    CHAT,
    /** One answer on standard output, then exit. */
    ASK,
    /** A calendar (.ics) on standard output, then exit; {@code command} is what follows ics. */
    ICS,
    /** Print the usage and exit. */
    USAGE
  }

  /** Bad command line: one line, and the exit status to use. */
  public static final class UsageException extends RuntimeException {
    private final int status;

    UsageException(String message, int status) {
      super(message, null, false, false);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  public LaunchOptions {
    springArgs = List.copyOf(springArgs);
  }

  /**
   * The arguments Spring sees: the settings passed through, and those the options imply (as
   * command-line settings, so that they win over every file).
   */
  public String[] springArguments() {
    List<String> arguments = new ArrayList<>(springArgs);
    if (asOf != null) {
      arguments.add("--ign.clock.as-of=" + asOf);
    }
    if (mode == Mode.ASK || mode == Mode.ICS) {
      // One answer needs no web server, chat platform connection or terminal chat.
      arguments.add("--spring.main.web-application-type=none");
    }
    return arguments.toArray(String[]::new);
  }

  public static LaunchOptions parse(String... args) {
    Root root = new Root();
    CommandLine line = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(OffsetDateTime.class, LaunchOptions::instant);
    String usage = usage(line);
    CommandLine.ParseResult result;
    try {
      result = line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new UsageException(e.getMessage() + " — try --help.", 2);
    }
    CommandLine.ParseResult sub = result.subcommand();
    List<String> spring = new ArrayList<>(root.unmatched);
    if (sub != null && sub.commandSpec().userObject() instanceof Ask ask) {
      spring.addAll(ask.unmatched);
      check(spring);
      return new LaunchOptions(Mode.ASK, String.join(" ", ask.words), root.asOf, spring, usage);
    }
    if (sub != null
        && sub.commandSpec().userObject() instanceof Ics ics
        && !sub.isUsageHelpRequested()) {
      spring.addAll(ics.unmatched);
      check(spring);
      return new LaunchOptions(Mode.ICS, ics.selection.command(), root.asOf, spring, usage);
    }
    check(spring);
    if (sub != null && sub.isUsageHelpRequested()) {
      return new LaunchOptions(
          Mode.USAGE, "", root.asOf, spring, usage(sub.commandSpec().commandLine()));
    }
    if (result.isUsageHelpRequested()) {
      return new LaunchOptions(Mode.USAGE, "", root.asOf, spring, usage);
    }
    return new LaunchOptions(Mode.CHAT, "", root.asOf, spring, usage);
  }

  private static void check(List<String> spring) {
    for (String arg : spring) {
      if (!arg.matches("--[a-z][a-z0-9-]*(\\.[a-z0-9\\[\\]-]+)+=.*")) {
        throw new UsageException(
            "Unknown argument \""
                + arg
                + "\" — try --help (settings go as --name.of.setting=value).",
            2);
      }
    }
  }

  private static OffsetDateTime instant(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "\"" + text + "\" is not a date-time with offset — try 2024-11-18T12:00-05:00");
    }
  }

  private static String usage(CommandLine line) {
    StringWriter text = new StringWriter();
    line.usage(new PrintWriter(text));
    return text.toString().stripTrailing();
  }

  @Command(
      name = "ign-bot",
      mixinStandardHelpOptions = true,
      version = "IGN Bot 0.1",
      description = {
        "IGN Bot: the Security Council reform negotiations (IGN) schedule in your chat.",
        "With no command: the chat in this terminal (when no Slack or Discord token is set)."
      },
      subcommands = {Ask.class, Ics.class})
  static final class Root {
    @Option(
        names = "--as-of",
        paramLabel = "<date-time>",
        scope = ScopeType.INHERIT,
        description =
            "Start the bot's clock at this instant and let it run on, e.g. 2024-11-18T12:00-05:00")
    OffsetDateTime asOf;

    @Unmatched List<String> unmatched = new ArrayList<>();
  }

  @Command(
      name = "ask",
      mixinStandardHelpOptions = true,
      description = "Answer one command on standard output and exit (status 1 on an error answer).")
  static final class Ask {
    @Parameters(
        arity = "1..*",
        paramLabel = "<command>",
        description = "e.g. \"/ign next\" or next")
    List<String> words = new ArrayList<>();

    @Unmatched List<String> unmatched = new ArrayList<>();
  }

  @Command(
      name = "ics",
      mixinStandardHelpOptions = true,
      description = "Write a calendar (.ics) to standard output and exit, e.g. ics --all > ign.ics")
  static final class Ics {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Unmatched List<String> unmatched = new ArrayList<>();

    static final class Selection {
      @Option(names = "--all", description = "every meeting")
      boolean all;

      @Option(
          names = "--meeting",
          paramLabel = "<id>",
          description = "one meeting, e.g. 2024-11-19")
      String meeting;

      @Option(
          names = "--topic",
          paramLabel = "<cluster>",
          description =
              "the meetings on one cluster: veto, categories, regional, size-methods, ...")
      String topic;

      /** The same words the chat command {@code ics} takes. */
      String command() {
        if (meeting != null) {
          return meeting;
        }
        return topic != null ? "topic " + topic : "all";
      }
    }
  }
}
