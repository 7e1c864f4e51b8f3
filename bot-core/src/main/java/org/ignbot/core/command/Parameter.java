package org.ignbot.core.command;

import java.util.Objects;

/**
 * One thing a command takes after its word, as data: its name (Discord's option name), its type,
 * how help shows it, one line on what it is, whether it must be given, and the word that goes
 * before its value in the command text ({@code topic} in {@code subscribe topic veto}).
 *
 * @param keyword the word before the value in the text; for a {@link Type#FLAG} the word itself,
 *     for a {@link Type#WORD} the word always written
 * @param min the least a {@link Type#NUMBER} may be
 * @param max the most a {@link Type#NUMBER} may be
 */
public record Parameter(
    String name,
    Type type,
    String label,
    String description,
    boolean required,
    String keyword,
    int min,
    int max) {

  /** What a value is; each platform offers its own input for it (a choice list, a file, …). */
  public enum Type {
    /** Free words. */
    TEXT,
    /** A whole number within {@link Parameter#min()} and {@link Parameter#max()}. */
    NUMBER,
    /** A day as people write it: {@code 21 Nov}, {@code tomorrow}. */
    DATE,
    /** Sitting times: {@code 10:00-13:00 15:00-18:00}. */
    TIMES,
    /** A time zone: a city, a zone name or an offset. */
    ZONE,
    /** One of the five clusters, by key. */
    CLUSTER,
    /** A meeting's id: {@code 2024-11-19}. */
    MEETING_ID,
    /** Lead times: {@code 1d 1h 15m}. */
    LEAD_TIMES,
    /** An attached file. */
    FILE,
    /** A long pasted text, such as a letter. */
    LETTER,
    /** The name of another command. */
    COMMAND,
    /** A word that is there or not: {@code here}. */
    FLAG,
    /** A word always written after the command's: {@code forget me}. */
    WORD
  }

  public Parameter {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(label);
    Objects.requireNonNull(description);
    Objects.requireNonNull(keyword);
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "a parameter name is a lower-case word of at most 32 characters: \"" + name + "\"");
    }
    if ((type == Type.FLAG || type == Type.WORD) && keyword.isEmpty()) {
      throw new IllegalArgumentException("the " + type + " parameter " + name + " needs its word");
    }
    if (min > max) {
      throw new IllegalArgumentException(name + ": " + min + " is above " + max);
    }
  }

  /** A value that must be given: {@code <date>}. */
  public static Parameter required(String name, Type type, String description) {
    return new Parameter(name, type, name, description, true, "", 0, Integer.MAX_VALUE);
  }

  /** A value that may be left out: {@code [zone]}. */
  public static Parameter optional(String name, Type type, String description) {
    return new Parameter(name, type, name, description, false, "", 0, Integer.MAX_VALUE);
  }

  /** A word that is given or not: {@code [here]}. */
  public static Parameter flag(String word, String description) {
    return new Parameter(word, Type.FLAG, word, description, false, word, 0, Integer.MAX_VALUE);
  }

  /** A word always written after the command's, such as {@code me} in {@code forget me}. */
  public static Parameter word(String word) {
    return new Parameter(word, Type.WORD, word, "", true, word, 0, Integer.MAX_VALUE);
  }

  /** The same, shown in help as {@code label}: {@code [lead times]}. */
  public Parameter labelled(String label) {
    return new Parameter(name, type, label, description, required, keyword, min, max);
  }

  /** The same, written after {@code word} in the text: {@code [topic <cluster>]}. */
  public Parameter after(String word) {
    return new Parameter(name, type, label, description, required, word, min, max);
  }

  /** The same, a number from {@code min} to {@code max}. */
  public Parameter between(int min, int max) {
    return new Parameter(name, type, label, description, required, keyword, min, max);
  }

  /** Whether the person fills it in (a {@link Type#WORD} is written for them). */
  public boolean isInput() {
    return type != Type.WORD;
  }

  /**
   * How help shows it: {@code <id>}, {@code [lead times]}, {@code [topic <cluster>]}, {@code here}.
   */
  public String usage() {
    if (type == Type.WORD) {
      return keyword;
    }
    if (type == Type.FLAG) {
      return "[" + keyword + "]";
    }
    if (keyword.isEmpty()) {
      return required ? "<" + label + ">" : "[" + label + "]";
    }
    String inner = keyword + " <" + label + ">";
    return required ? inner : "[" + inner + "]";
  }

  /**
   * The words a typed value adds to the command text: the keyword and the value, the flag's word
   * when it is set, nothing for a file (it travels beside the text).
   */
  public String words(String value) {
    String given = value == null ? "" : value.strip();
    return switch (type) {
      case WORD -> keyword;
      case FLAG -> Boolean.parseBoolean(given) ? keyword : "";
      case FILE -> "";
      default -> given.isEmpty() || keyword.isEmpty() ? given : keyword + " " + given;
    };
  }
}
