package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every format's table finder shares: which rows are a header, whether a line continues the
 * row above (a wrapped cell) or starts a new one, and whether rows are a table at all.
 */
final class LayoutTables {
  private static final Pattern HEADER_WORD =
      Pattern.compile(
          "(?i).*\\b(date|dates|day|days|time|times|hours?|venue|room|location|place|topics?"
              + "|clusters?|sittings?|meetings?|themes?|subjects?|agenda|format|session|segment"
              + "|items?|programme|program|remarks|notes|organ|body)\\b.*");
  private static final Pattern DIGIT = Pattern.compile(".*\\d.*", Pattern.DOTALL);
  private static final Pattern MONTH =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?![a-z])");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|rsday)?\\b");
  private static final Pattern DAY_NUMBER =
      Pattern.compile("(?i)(?<![\\d:.])([0-2]?\\d|3[01])(st|nd|rd|th)?(?![\\d:.]|\\s*[ap]\\.?m)");
  private static final Pattern YEAR_ONLY = Pattern.compile("^\\(?(19|20)\\d{2}\\)?[.,]?$");
  private static final Pattern OPEN_END =
      Pattern.compile(
          "(?i).*(\\b(of|and|the|to|on|in|at|for|from|between|with|a|an|or|by|&)|[-,–—/(:])$");

  private LayoutTables() {}

  /** A header row: column names (Date, Time, Venue...) rather than values, so no digits. */
  static boolean isHeader(List<String> row) {
    boolean named = false;
    int filled = 0;
    for (String cell : row) {
      if (cell.isBlank()) {
        continue;
      }
      filled++;
      if (DIGIT.matcher(cell).matches() || cell.length() > 40) {
        return false;
      }
      named |= HEADER_WORD.matcher(cell).matches();
    }
    return named && filled >= 2;
  }

  /**
   * Whether rows are worth calling a table: a header, or a digit (a date, a time, a room number)
   * somewhere. Two names side by side under a letter (the signatures) are not a table.
   */
  static boolean isTable(List<List<String>> rows) {
    if (rows.size() < 2 || rows.stream().mapToInt(List::size).max().orElse(0) < 2) {
      return false;
    }
    if (isHeader(rows.get(0))) {
      return true;
    }
    return rows.stream().flatMap(List::stream).anyMatch(cell -> DIGIT.matcher(cell).matches());
  }

  /**
   * Whether {@code next}, the key (first) cell of a line, continues the key cell {@code above}
   * rather than starting a new row: it is empty, starts in lower case, completes a date that was
   * cut ("Tuesday, 14" / "April 2026"), or the cell above ends mid-phrase.
   */
  static boolean continuesKey(String above, String next) {
    String a = above.strip();
    String n = next.strip();
    if (n.isEmpty()) {
      return true;
    }
    if (a.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(n.codePointAt(0)) || OPEN_END.matcher(a).matches()) {
      return true;
    }
    if (YEAR_ONLY.matcher(n).matches()) {
      return !Pattern.compile("(19|20)\\d{2}").matcher(a).find();
    }
    boolean aMonth = MONTH.matcher(a).find();
    boolean aDay = DAY_NUMBER.matcher(a).find();
    boolean aWeekday = WEEKDAY.matcher(a).find();
    boolean nMonth = MONTH.matcher(n).find();
    boolean nWeekday = WEEKDAY.matcher(n).find();
    boolean nDay = DAY_NUMBER.matcher(n).find();
    if ((aDay || aWeekday) && !aMonth && nMonth && !nWeekday) {
      return true;
    }
    return aMonth && !aDay && nDay && !nMonth && !nWeekday;
  }

  /** Whether a cell holds a date of its own: a weekday, or a day with its month. */
  static boolean isDate(String cell) {
    return WEEKDAY.matcher(cell).find()
        || (MONTH.matcher(cell).find() && DAY_NUMBER.matcher(cell).find());
  }

  /** Whether a cell names a day of a month ("3 February", "February 3"), year or not. */
  static boolean isDayOfMonth(String cell) {
    return MONTH.matcher(cell).find() && DAY_NUMBER.matcher(cell).find();
  }

  /** Joins a cell's wrapped pieces: a space between them, none after a word broken by a hyphen. */
  static String join(String cell, String more) {
    String m = more.strip();
    if (m.isEmpty()) {
      return cell;
    }
    if (cell.isEmpty()) {
      return m;
    }
    if (cell.endsWith("-") && !cell.endsWith(" -") && Character.isLetter(m.codePointAt(0))) {
      return cell + m;
    }
    return cell + " " + m;
  }

  /** Rows padded to one cell per column. */
  static List<List<String>> square(List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    List<List<String>> square = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> padded = new ArrayList<>(row);
      while (padded.size() < columns) {
        padded.add("");
      }
      square.add(padded);
    }
    return square;
  }

  /** The same header again, as on a page after a break. */
  static boolean sameRow(List<String> a, List<String> b) {
    return key(a).equals(key(b));
  }

  private static String key(List<String> row) {
    return String.join("|", row).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
