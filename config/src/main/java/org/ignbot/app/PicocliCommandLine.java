package org.ignbot.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
 * Every command line, read by picocli: help, the version, mistakes and the forms {@link
 * PlainCommandLine} leaves; the usage text.
 */
final class PicocliCommandLine {
  private PicocliCommandLine() {}

  /** Every command line, read by picocli. */
  static LaunchOptions parse(String... args) {
    Root root = new Root();
    CommandLine line = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(OffsetDateTime.class, PicocliCommandLine::instant);
    // The usage text only where it is printed: rendering it costs a one-shot a third of a second.
    String usage = "";
    CommandLine.ParseResult result;
    try {
      result = line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new LaunchOptions.UsageException(e.getMessage() + " — try --help.", 2);
    }
    CommandLine.ParseResult sub = result.subcommand();
    if (result.isVersionHelpRequested() || (sub != null && sub.isVersionHelpRequested())) {
      return new LaunchOptions(LaunchOptions.Mode.VERSION, "", null, List.of(), version(line));
    }
    List<String> spring = new ArrayList<>(root.unmatched);
    if (sub != null && sub.commandSpec().userObject() instanceof Ask ask) {
      spring.addAll(ask.unmatched);
      check(spring);
      return new LaunchOptions(
          LaunchOptions.Mode.ASK, String.join(" ", ask.words), root.asOf, spring, usage);
    }
    if (sub != null && sub.commandSpec().userObject() instanceof Import letter) {
      spring.addAll(letter.unmatched);
      check(spring);
      if (sub.isUsageHelpRequested()) {
        return new LaunchOptions(
            LaunchOptions.Mode.USAGE,
            "",
            root.asOf,
            spring,
            usage(sub.commandSpec().commandLine()));
      }
      return new LaunchOptions(
          root.asOf,
          spring,
          usage,
          new LaunchOptions.LetterImportRequest(letter.file, letter.dryRun, letter.json));
    }
    if (sub != null
        && sub.commandSpec().userObject() instanceof Ics ics
        && !sub.isUsageHelpRequested()) {
      spring.addAll(ics.unmatched);
      check(spring);
      return new LaunchOptions(root.asOf, spring, ics.selection.calendar());
    }
    check(spring);
    if (sub != null && sub.isUsageHelpRequested()) {
      return new LaunchOptions(
          LaunchOptions.Mode.USAGE, "", root.asOf, spring, usage(sub.commandSpec().commandLine()));
    }
    if (result.isUsageHelpRequested()) {
      return new LaunchOptions(LaunchOptions.Mode.USAGE, "", root.asOf, spring, usage(line));
    }
    return new LaunchOptions(LaunchOptions.Mode.CHAT, "", root.asOf, spring, usage);
  }

  private static void check(List<String> spring) {
    for (String arg : spring) {
      if (!LaunchOptions.SETTING.matcher(arg).matches()) {
        throw new LaunchOptions.UsageException(
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

  private static String version(CommandLine line) {
    return String.join(System.lineSeparator(), line.getCommandSpec().version());
  }

  private static String usage(CommandLine line) {
    StringWriter text = new StringWriter();
    line.usage(new PrintWriter(text));
    return text.toString().stripTrailing();
  }

  @Command(
      name = "ign-bot",
      mixinStandardHelpOptions = true,
      version = LaunchOptions.VERSION,
      description = {
        "IGN Bot: the Security Council reform negotiations (IGN) schedule in your chat.",
        "With no command: the chat in this terminal (when no Slack or Discord token is set)."
      },
      subcommands = {Ask.class, Import.class, Ics.class})
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
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import a Co-Chairs' letter (PDF, .docx or text): show what it adds, changes or cancels,"
            + " and publish it (the operator is admin).",
        "Exit status 1 when the file cannot be read as a letter."
      })
  static final class Import {
    @Option(names = "--dry-run", description = "Show the preview only; publish nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the preview as JSON (see docs/letters.md).")
    boolean json;

    @Parameters(arity = "1", paramLabel = "<file>", description = "the letter file")
    Path file;

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

      CalendarSelection calendar() {
        if (meeting != null) {
          return new CalendarSelection.Meeting(meeting);
        }
        return topic != null ? new CalendarSelection.Topic(topic) : new CalendarSelection.All();
      }
    }
  }
}
