package org.ignbot.app;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The command line, read before Spring starts: which mode to run, {@code --as-of}, and Spring
 * settings ({@code --name.of.setting=value}) passed on as they are.
 *
 * @param command what {@link Mode#ASK} answers; empty in the other modes
 * @param usage what {@link Mode#USAGE} and {@link Mode#VERSION} print; empty in the other modes
 * @param letter what {@link Mode#IMPORT} imports; null in the other modes
 * @param calendar what {@link Mode#ICS} writes; null in the other modes
 */
public record LaunchOptions(
    Mode mode,
    String command,
    OffsetDateTime asOf,
    List<String> springArgs,
    String usage,
    LetterImportRequest letter,
    CalendarSelection calendar) {

  /** What the process does. */
  public enum Mode {
    /** The chat: in the terminal when no chat platform is configured. */
    CHAT,
    /** One answer on standard output, then exit. */
    ASK,
    /** A calendar (.ics) on standard output, then exit: the one {@code calendar} selects. */
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
    this(mode, command, asOf, springArgs, usage, null, null);
  }

  /** {@code import}: the letter to import. */
  public LaunchOptions(
      OffsetDateTime asOf, List<String> springArgs, String usage, LetterImportRequest letter) {
    this(Mode.IMPORT, "", asOf, springArgs, usage, letter, null);
  }

  /** {@code ics}: the calendar to write. */
  public LaunchOptions(OffsetDateTime asOf, List<String> springArgs, CalendarSelection calendar) {
    this(Mode.ICS, "", asOf, springArgs, "", null, Objects.requireNonNull(calendar));
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
    return PlainCommandLine.parse(args).orElseGet(() -> PicocliCommandLine.parse(args));
  }

  /** A Spring setting on the command line: {@code --name.of.setting=value}. */
  static final Pattern SETTING = Pattern.compile("--[a-z][a-z0-9-]*(\\.[a-z0-9\\[\\]-]+)+=.*");
}
