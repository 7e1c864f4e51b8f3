package org.ignbot.core.letter;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The order a letter writes its all-number dates in, judged from the whole letter: a date with a
 * first number over 12 ("15/04/2027") shows the day comes first, one with a second number over 12
 * ("04/15/2027") that the month does. When only one order is shown, the letter's dates that read
 * both ways ("05/04/2027") are written out in words in that order before anything else reads them
 * ("5 April 2027"); when both are shown, nothing is rewritten and the letter gets a warning (each
 * date that reads both ways is then left out with its own warning by {@link NumericDates}).
 */
final class NumericOrder {
  private NumericOrder() {}

  /** The letter's text with its all-number dates that read both ways settled, if the letter can. */
  static String settle(String text, List<String> warnings) {
    Optional<String> dayFirst = shown(text, true);
    Optional<String> monthFirst = shown(text, false);
    if (dayFirst.isPresent() && monthFirst.isPresent()) {
      warnings.add(
          "The letter writes all-number dates both day first (\""
              + dayFirst.get()
              + "\") and month first (\""
              + monthFirst.get()
              + "\"); I read only those that cannot be read the other way. Check them.");
      return text;
    }
    if (dayFirst.isEmpty() && monthFirst.isEmpty()) {
      return text;
    }
    boolean dayComesFirst = dayFirst.isPresent();
    Matcher matcher = LetterDates.NUMERIC.matcher(text);
    StringBuilder settled = new StringBuilder();
    while (matcher.find()) {
      int first = Integer.parseInt(matcher.group(2));
      int second = Integer.parseInt(matcher.group(4));
      Optional<LocalDate> day =
          first <= 12 && second <= 12 && first != second
              ? NumericDates.day(
                  Integer.parseInt(matcher.group(5)),
                  dayComesFirst ? second : first,
                  dayComesFirst ? first : second)
              : Optional.empty();
      String words =
          day.map(
                  found ->
                      found.getDayOfMonth()
                          + " "
                          + found.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                          + " "
                          + found.getYear())
              .orElse(text.substring(matcher.start(2), matcher.end(5)));
      matcher.appendReplacement(
          settled,
          Matcher.quoteReplacement(text.substring(matcher.start(), matcher.start(2)) + words));
    }
    matcher.appendTail(settled);
    return settled.toString();
  }

  /** The first all-number date that can only be read day first (or, if not, month first). */
  private static Optional<String> shown(String text, boolean dayFirst) {
    Matcher matcher = LetterDates.NUMERIC.matcher(text);
    while (matcher.find()) {
      int first = Integer.parseInt(matcher.group(2));
      int second = Integer.parseInt(matcher.group(4));
      int day = dayFirst ? first : second;
      int month = dayFirst ? second : first;
      if (day > 12 && day <= 31 && month >= 1 && month <= 12) {
        return Optional.of(text.substring(matcher.start(2), matcher.end(5)));
      }
    }
    return Optional.empty();
  }
}
