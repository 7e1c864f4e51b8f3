package org.ignbot.app;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The usual command lines, read at once (see {@link #parse}). */
final class PlainCommandLine {
  private PlainCommandLine() {}

  /**
   * The one-shot command lines as people type them ({@code [--as-of <t>] ask <words>}, {@code ics
   * --all | --meeting <id> | --topic <cluster>}, {@code import [--dry-run] [--json] <file>}, with
   * settings anywhere), and the server's start (settings and {@code --as-of} only), read without
   * picocli: its classes are Java 5 ones, which the class-data archive cannot hold, and reading
   * them costs a one-shot a third of a second and the server's start 6 % of its main thread's CPU
   * time. Anything else (help, a mistake, an unusual form) is left to picocli; {@code
   * LaunchOptionsTests} checks that both readings agree.
   */
  static Optional<LaunchOptions> parse(String... args) {
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
        if (!LaunchOptions.SETTING.matcher(arg).matches()) {
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
    if (sub == null && options.isEmpty()) {
      return Optional.of(new LaunchOptions(LaunchOptions.Mode.CHAT, "", asOf, spring, ""));
    }
    if ("ask".equals(sub) && !words.isEmpty() && options.isEmpty()) {
      return Optional.of(
          new LaunchOptions(LaunchOptions.Mode.ASK, String.join(" ", words), asOf, spring, ""));
    }
    if ("ics".equals(sub) && words.isEmpty() && options.size() == 1) {
      CalendarSelection calendar =
          options.containsKey("--meeting")
              ? new CalendarSelection.Meeting(options.get("--meeting"))
              : options.containsKey("--topic")
                  ? new CalendarSelection.Topic(options.get("--topic"))
                  : new CalendarSelection.All();
      return Optional.of(new LaunchOptions(asOf, spring, calendar));
    }
    if ("import".equals(sub) && words.size() == 1) {
      return Optional.of(
          new LaunchOptions(
              asOf,
              spring,
              "",
              new LaunchOptions.LetterImportRequest(
                  Path.of(words.get(0)),
                  options.containsKey("--dry-run"),
                  options.containsKey("--json"))));
    }
    return unusual;
  }
}
