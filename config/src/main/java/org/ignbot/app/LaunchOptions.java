package org.ignbot.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 *
 * @param usage what {@link Mode#USAGE} and {@link Mode#VERSION} print; empty in the other modes
 */
public record LaunchOptions(
    Mode mode,
    String command,
    OffsetDateTime asOf,
    List<String> springArgs,
    String usage,
    LetterImportRequest letter) {

  /** What the process does. */
  public enum Mode {
    /** The chat: in the terminal when no chat platform is configured. */
    CHAT,
    /** One answer on standard output, then exit. */
    ASK,
    /** A calendar (.ics) on standard output, then exit; {@code command} is what follows ics. */
    ICS,
    /** Print the usage and exit. */
    USAGE,
    /** Import a letter file: preview it, and publish it unless it is a dry run. */
    IMPORT,
    /** Print the version (held in {@code usage}) and exit, before anything starts. */
    VERSION;

    /** Answers once and exits: started with the one-shot context, without the services. */
    public boolean oneShot() {
      return this == ASK || this == ICS || this == IMPORT;
    }
  }

  /**
   * {@code import [--dry-run] [--json] <file>}: the letter to import and how.
   *
   * @param dryRun show the preview only; publish nothing
   * @param json print the preview as JSON instead of text
   */
  public record LetterImportRequest(Path file, boolean dryRun, boolean json) {}

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

  /** What {@code --version} prints. */
  public static final String VERSION = "IGN Bot 0.1";

  public LaunchOptions {
    springArgs = List.copyOf(springArgs);
  }

  public LaunchOptions(
      Mode mode, String command, OffsetDateTime asOf, List<String> springArgs, String usage) {
    this(mode, command, asOf, springArgs, usage, null);
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
    if (mode.oneShot()) {
      // One answer needs no web server, chat platform connection or terminal chat.
      arguments.add("--spring.main.web-application-type=none");
    }
    return arguments.toArray(String[]::new);
  }

  public static LaunchOptions parse(String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // At once: building the command line and its usage text costs more than the answer.
      return new LaunchOptions(Mode.VERSION, "", null, List.of(), VERSION);
    }
    return plainOneShot(args).orElseGet(() -> parseAll(args));
  }

  private static final Pattern SETTING =
      Pattern.compile("--[a-z][a-z0-9-]*(\\.[a-z0-9\\[\\]-]+)+=.*");

  /**
   * The one-shot command lines as people type them ({@code [--as-of <t>] ask <words>}, {@code ics
   * --all | --meeting <id> | --topic <cluster>}, {@code import [--dry-run] [--json] <file>}, with
   * settings anywhere), read without picocli: its classes are Java 5 ones, which the class-data
   * archive cannot hold, and reading them costs a one-shot a third of a second. Anything else
   * (help, a mistake, an unusual form) is left to picocli; {@code LaunchOptionsTests} checks that
   * both readings agree.
   */
  static Optional<LaunchOptions> plainOneShot(String... args) {
    Optional<LaunchOptions> unusual = Optional.empty();
    OffsetDateTime asOf = null;
    List<String> spring = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    String sub = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean valued =
          name.equals("--as-of")
              || ("ics".equals(sub) && (name.equals("--meeting") || name.equals("--topic")));
      boolean flag =
          ("ics".equals(sub) && arg.equals("--all"))
              || ("import".equals(sub) && (arg.equals("--dry-run") || arg.equals("--json")));
      if (valued || flag) {
        String value =
            flag
                ? ""
                : !arg.equals(name)
                    ? arg.substring(name.length() + 1)
                    : ++i < args.length && !args[i].startsWith("-") ? args[i] : null;
        if (value == null || options.containsKey(name)) {
          return unusual;
        }
        options.put(name, value);
      } else if (arg.startsWith("-") || arg.startsWith("@") || arg.isEmpty()) {
        if (!SETTING.matcher(arg).matches()) {
          return unusual;
        }
        spring.add(arg);
      } else if (sub == null) {
        sub = arg;
      } else {
        words.add(arg);
      }
    }
    if (options.containsKey("--as-of")) {
      try {
        asOf = OffsetDateTime.parse(options.remove("--as-of"));
      } catch (DateTimeParseException e) {
        return unusual;
      }
    }
    if ("ask".equals(sub) && !words.isEmpty() && options.isEmpty()) {
      return Optional.of(new LaunchOptions(Mode.ASK, String.join(" ", words), asOf, spring, ""));
    }
    if ("ics".equals(sub) && words.isEmpty() && options.size() == 1) {
      String command =
          options.containsKey("--meeting")
              ? options.get("--meeting")
              : options.containsKey("--topic") ? "topic " + options.get("--topic") : "all";
      return Optional.of(new LaunchOptions(Mode.ICS, command, asOf, spring, ""));
    }
    if ("import".equals(sub) && words.size() == 1) {
      return Optional.of(
          new LaunchOptions(
              Mode.IMPORT,
              "",
              asOf,
              spring,
              "",
              new LetterImportRequest(
                  Path.of(words.get(0)),
                  options.containsKey("--dry-run"),
                  options.containsKey("--json"))));
    }
    return unusual;
  }

  /** Every command line, read by picocli. */
  static LaunchOptions parseAll(String... args) {
    Root root = new Root();
    CommandLine line = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(OffsetDateTime.class, LaunchOptions::instant);
    // The usage text only where it is printed: rendering it costs a one-shot a third of a second.
    String usage = "";
    CommandLine.ParseResult result;
    try {
      result = line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new UsageException(e.getMessage() + " — try --help.", 2);
    }
    CommandLine.ParseResult sub = result.subcommand();
    if (result.isVersionHelpRequested() || (sub != null && sub.isVersionHelpRequested())) {
      return new LaunchOptions(Mode.VERSION, "", null, List.of(), version(line));
    }
    List<String> spring = new ArrayList<>(root.unmatched);
    if (sub != null && sub.commandSpec().userObject() instanceof Ask ask) {
      spring.addAll(ask.unmatched);
      check(spring);
      return new LaunchOptions(Mode.ASK, String.join(" ", ask.words), root.asOf, spring, usage);
    }
    if (sub != null && sub.commandSpec().userObject() instanceof Import letter) {
      spring.addAll(letter.unmatched);
      check(spring);
      if (sub.isUsageHelpRequested()) {
        return new LaunchOptions(
            Mode.USAGE, "", root.asOf, spring, usage(sub.commandSpec().commandLine()));
      }
      return new LaunchOptions(
          Mode.IMPORT,
          "",
          root.asOf,
          spring,
          usage,
          new LetterImportRequest(letter.file, letter.dryRun, letter.json));
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
      return new LaunchOptions(Mode.USAGE, "", root.asOf, spring, usage(line));
    }
    return new LaunchOptions(Mode.CHAT, "", root.asOf, spring, usage);
  }

  private static void check(List<String> spring) {
    for (String arg : spring) {
      if (!SETTING.matcher(arg).matches()) {
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
      version = VERSION,
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
