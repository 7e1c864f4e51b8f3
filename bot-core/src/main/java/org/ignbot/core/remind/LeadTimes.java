package org.ignbot.core.remind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ignbot.core.text.InvalidInputException;

/**
 * Lead times as people type them: {@code 1d 1h 15m} (three lead times), {@code 2h}, {@code 30 min},
 * {@code 1h30m}. Each is between 5 minutes and 14 days; at most five.
 */
public final class LeadTimes {
  public static final Duration MIN = Duration.ofMinutes(5);
  public static final Duration MAX = Duration.ofDays(14);
  public static final int MAX_COUNT = 5;
  public static final List<Duration> DEFAULT = List.of(Duration.ofDays(1), Duration.ofHours(1));

  private static final Map<String, Duration> UNITS =
      Map.ofEntries(
          Map.entry("m", Duration.ofMinutes(1)),
          Map.entry("min", Duration.ofMinutes(1)),
          Map.entry("mins", Duration.ofMinutes(1)),
          Map.entry("minute", Duration.ofMinutes(1)),
          Map.entry("minutes", Duration.ofMinutes(1)),
          Map.entry("h", Duration.ofHours(1)),
          Map.entry("hr", Duration.ofHours(1)),
          Map.entry("hrs", Duration.ofHours(1)),
          Map.entry("hour", Duration.ofHours(1)),
          Map.entry("hours", Duration.ofHours(1)),
          Map.entry("d", Duration.ofDays(1)),
          Map.entry("day", Duration.ofDays(1)),
          Map.entry("days", Duration.ofDays(1)),
          Map.entry("w", Duration.ofDays(7)),
          Map.entry("week", Duration.ofDays(7)),
          Map.entry("weeks", Duration.ofDays(7)));
  private static final Pattern PART = Pattern.compile("(\\d{1,6})([a-z]+)");
  private static final Pattern WHOLE = Pattern.compile("(\\d{1,6}[a-z]+)+");
  private static final String EXAMPLE = "try `1d 1h 15m`, `2h` or `30 min`";

  private LeadTimes() {}

  /** The lead times in {@code text}, longest first, without repeats; bad input throws. */
  public static List<Duration> parse(String text) {
    List<String> tokens = tokens(text);
    if (tokens.isEmpty()) {
      throw new InvalidInputException("Which lead times? " + capitalised(EXAMPLE) + ".");
    }
    TreeSet<Duration> leads = new TreeSet<>();
    for (String token : tokens) {
      leads.add(one(token));
    }
    if (leads.size() > MAX_COUNT) {
      throw new InvalidInputException(
          "That is "
              + leads.size()
              + " lead times; at most "
              + MAX_COUNT
              + " — for example `1d 1h 15m`.");
    }
    return List.copyOf(leads.descendingSet());
  }

  /** "1 day", "1 h 15 min", "30 min". */
  public static String format(Duration lead) {
    List<String> parts = new ArrayList<>();
    long days = lead.toDays();
    long hours = lead.toHoursPart();
    long minutes = lead.toMinutesPart();
    if (days > 0) {
      parts.add(days + (days == 1 ? " day" : " days"));
    }
    if (hours > 0) {
      parts.add(hours + " h");
    }
    if (minutes > 0 || parts.isEmpty()) {
      parts.add(minutes + " min");
    }
    return String.join(" ", parts);
  }

  /** "1 day, 1 h and 15 min". */
  public static String formatAll(List<Duration> leads) {
    List<String> each = leads.stream().map(LeadTimes::format).toList();
    if (each.size() == 1) {
      return each.get(0);
    }
    return String.join(", ", each.subList(0, each.size() - 1))
        + " and "
        + each.get(each.size() - 1);
  }

  /** Stored form: minutes, comma-separated ("1440,60"). */
  public static String toMinutes(List<Duration> leads) {
    return leads.stream()
        .map(lead -> Long.toString(lead.toMinutes()))
        .collect(Collectors.joining(","));
  }

  public static List<Duration> fromMinutes(String stored) {
    List<Duration> leads = new ArrayList<>();
    for (String part : stored.split(",")) {
      if (!part.isBlank()) {
        leads.add(Duration.ofMinutes(Long.parseLong(part.strip())));
      }
    }
    return List.copyOf(leads);
  }

  /** Words joined so that a number and its unit stay together: "30 min" is one lead time. */
  private static List<String> tokens(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).replace(',', ' ').strip().split("\\s+");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      if (word.matches("\\d+") && i + 1 < words.length && UNITS.containsKey(words[i + 1])) {
        word = word + words[++i];
      }
      tokens.add(word);
    }
    return tokens;
  }

  private static Duration one(String token) {
    if (!WHOLE.matcher(token).matches()) {
      throw new InvalidInputException("\"" + token + "\" is not a lead time — " + EXAMPLE + ".");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(token);
    while (part.find()) {
      Duration unit = UNITS.get(part.group(2));
      if (unit == null) {
        throw new InvalidInputException("\"" + token + "\" is not a lead time — " + EXAMPLE + ".");
      }
      total = total.plus(unit.multipliedBy(Long.parseLong(part.group(1))));
    }
    if (total.compareTo(MIN) < 0 || total.compareTo(MAX) > 0) {
      throw new InvalidInputException(
          "\"" + token + "\" is out of range: lead times go from 5 minutes to 14 days.");
    }
    return total;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
