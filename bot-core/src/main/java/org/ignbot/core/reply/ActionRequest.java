package org.ignbot.core.reply;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What choosing an {@link Action} asks the core for: one of a fixed set of requests, each with its
 * typed argument (a meeting id, a topic). A platform carries it as a short stable token in the
 * button ({@link #token()}, at most 75 characters: a Discord custom id holds 100) and hands the
 * token back on a click; the core decodes it ({@link #decode}) and runs the request, so no adapter
 * reads a button as a command. Tokens read like the command a person would type ({@code ics
 * 2024-11-19}): buttons on messages sent before the tokens existed carried that same text and keep
 * working.
 */
public record ActionRequest(Kind kind, String argument) {
  /** A meeting id or a topic word: letters, digits, dots, dashes, underscores. */
  private static final Pattern ARGUMENT = Pattern.compile("[\\p{Alnum}._-]{1,64}");

  /** The requests a button can make, by the word its token starts with. */
  public enum Kind {
    /** One meeting's .ics file ({@code CalendarFor.meetingCalendar}). */
    MEETING_CALENDAR("ics", true),
    /** A reminder before one meeting ({@code remind <id>}). */
    REMIND("remind", true),
    /** The meetings on a topic ({@code topic <word>}). */
    TOPIC("topic", true),
    /** The next meetings, one line each ({@code NextMeetings.upcoming}). */
    UPCOMING("schedule", false),
    /** The next meeting in full ({@code next}). */
    NEXT("next", false),
    /** What the bot can do ({@code help}). */
    HELP("help", false),
    /** Stopping the weekly digest ({@code digest off}). */
    STOP_DIGEST("digest off", false),
    /** Publishing the previewed letter ({@code confirm}; admins). */
    PUBLISH("confirm", false),
    /** Dropping the previewed letter ({@code discard}; admins). */
    DISCARD("discard", false);

    private final String words;
    private final boolean takesArgument;

    Kind(String words, boolean takesArgument) {
      this.words = words;
      this.takesArgument = takesArgument;
    }

    /** The command words the request stands for: how the terminal shows it. */
    public String words() {
      return words;
    }
  }

  public ActionRequest {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(argument);
    if (kind.takesArgument != !argument.isEmpty()
        || (kind.takesArgument && !ARGUMENT.matcher(argument).matches())) {
      throw new IllegalArgumentException("not an argument of " + kind + ": " + argument);
    }
  }

  /** A request without an argument. */
  public static ActionRequest of(Kind kind) {
    return new ActionRequest(kind, "");
  }

  /** A request about one meeting or topic. */
  public static ActionRequest of(Kind kind, String argument) {
    return new ActionRequest(kind, argument);
  }

  /** The token a platform carries in the button: the command words, then the argument. */
  public String token() {
    return argument.isEmpty() ? kind.words : kind.words + " " + argument;
  }

  /** The name of the command that answers the request: its first word. */
  public String commandName() {
    int space = kind.words.indexOf(' ');
    return space < 0 ? kind.words : kind.words.substring(0, space);
  }

  /** The request a token stands for, or empty when it is none (an old or a forged button). */
  public static Optional<ActionRequest> decode(String token) {
    if (token == null) {
      return Optional.empty();
    }
    for (Kind kind : Kind.values()) {
      if (!kind.takesArgument && token.equals(kind.words)) {
        return Optional.of(of(kind));
      }
      String prefix = kind.words + " ";
      if (kind.takesArgument
          && token.startsWith(prefix)
          && ARGUMENT.matcher(token.substring(prefix.length())).matches()) {
        return Optional.of(of(kind, token.substring(prefix.length())));
      }
    }
    return Optional.empty();
  }
}
