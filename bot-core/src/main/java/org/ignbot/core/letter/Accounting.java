package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;

/**
 * The last stage: every date the letter names ends as a meeting, a date with a known role (the
 * letter's own, a letter referred to, a day a meeting was moved from, another body's meeting) or a
 * warning; a meeting without sittings or room is a warning naming it; a text that is no IGN letter,
 * or one from which no meeting could be read, is refused with the reason.
 */
final class Accounting {
  private static final Pattern ABOUT_IGN =
      Pattern.compile(
          "\\bIGN\\b|intergovernmental\\s+negotiations|security\\s+council\\s+reform"
              + "|reform\\s+of\\s+the\\s+security\\s+council|co-?chairs?"
              + "|membership\\s+of\\s+the\\s+security\\s+council",
          Pattern.CASE_INSENSITIVE);

  /**
   * A sentence set in a table (a note across it, or a line under it that the layout cut into
   * cells): it ends as one, or has a verb ("will be circulated"), where a row's cells have none.
   */
  private static final Pattern PROSE =
      Pattern.compile(
          "[.:!?]$|\\b(?:will|shall|is|are|was|were|may|can|should|would|could)\\s+\\w+");

  /**
   * A row whose only cell is a few words without digits ("First segment", "Part two: models"): a
   * heading set across the table. "To be announced" and a lone cluster stay rows to check.
   */
  private static final Pattern HEADING =
      Pattern.compile("(?i)(?!.*\\b(?:to\\s+be\\s+|tb[acd]\\b))[^\\d\\s]+(?:\\s+[^\\d\\s]+){0,4}");

  private Accounting() {}

  /** Refuses a text that names neither the IGN nor Security Council reform, dates or not. */
  static void refuseUnlessAboutIgn(String text, String name) {
    if (!ABOUT_IGN.matcher(text).find()) {
      throw new InvalidInputException(
          name
              + " does not read like a Co-Chairs' letter on the IGN: it names neither the IGN"
              + " nor Security Council reform"
              + (LetterDates.find(text, new ArrayList<>()).isEmpty()
                  ? ", and no meeting dates."
                  : "; nothing was imported."));
    }
  }

  /** Refuses a letter from which no meeting was read, with the first reason there is. */
  static void refuseWithoutMeetings(
      String name, Map<LocalDate, DraftBuilder> days, int tableRows, List<String> warnings) {
    if (!days.isEmpty()) {
      return;
    }
    if (tableRows > 0) {
      throw new InvalidInputException(
          name
              + " has a table of dates, but I could not read a meeting from it"
              + (warnings.isEmpty() ? "" : ": " + warnings.get(0))
              + ". Nothing was imported; paste the letter's text or send it as .docx.");
    }
    if (!warnings.isEmpty()) {
      throw new InvalidInputException(
          name
              + " names no meeting date I can place: "
              + warnings.get(0)
              + " Nothing was imported.");
    }
    throw new InvalidInputException(
        name
            + " names no meeting dates I can read (such as \"19 November 2024\"); nothing was"
            + " imported.");
  }

  /** Warns of each date left unexplained and of each meeting read without time or room. */
  static void check(
      String text,
      Map<LocalDate, DraftBuilder> days,
      DateLedger ledger,
      Years years,
      List<String> warnings) {
    Years quiet = years.quiet();
    for (DateMention mention : LetterDates.find(text, new ArrayList<>())) {
      for (LocalDate day : quiet.days(mention)) {
        if (!days.containsKey(day) && !ledger.explained(day)) {
          warnings.add(
              "The letter mentions "
                  + TimeFormat.longDay(day)
                  + ", but not as a meeting I can tell; left out: \""
                  + around(text, mention)
                  + "\"");
        }
      }
    }
    for (DraftBuilder draft : days.values()) {
      if (draft.related || draft.cancelled) {
        continue;
      }
      draft.timesAsBefore = draft.times.isEmpty() && TimesKept.says(text);
      if (draft.times.isEmpty() && !draft.timesAsBefore) {
        draft.doubts.add(
            "the letter gives no time for this meeting"
                + (draft.movedFrom.isPresent() ? "; it keeps the times it had, if any" : "")
                + ". Check it.");
      }
      if (draft.venue.isEmpty()) {
        draft.doubts.add(
            "the letter names no room for this meeting"
                + (draft.movedFrom.isPresent() ? "; it keeps the room it had, if any" : "")
                + ". Check it.");
      }
    }
  }

  /**
   * Warns of a table row that was read neither as a meeting nor as the rest of the row above (it
   * has no date the reader can place), unless it is a header or a sentence.
   */
  static void unreadRow(String row, List<String> warnings) {
    List<String> cells =
        Arrays.stream(row.split("\t")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (cells.isEmpty() || LayoutTables.isHeader(cells) || heading(cells)) {
      return;
    }
    String said = String.join(" ", cells.stream().distinct().toList());
    if (PROSE.matcher(said).find()) {
      return;
    }
    warnings.add(
        "A row of the table was not read as a meeting (it has no date I can place): \""
            + (said.length() > 80 ? said.substring(0, 80) + "…" : said)
            + "\". Check it.");
  }

  private static boolean heading(List<String> cells) {
    return cells.stream().distinct().count() == 1
        && HEADING.matcher(cells.get(0)).matches()
        && ClusterMentions.in(cells.get(0)).isEmpty();
  }

  /** The line or sentence around a date, shortened. */
  private static String around(String text, DateMention mention) {
    int start = Math.max(text.lastIndexOf('\n', mention.start()) + 1, mention.start() - 60);
    int newline = text.indexOf('\n', mention.end());
    int end = Math.min(newline < 0 ? text.length() : newline, mention.end() + 40);
    String said = text.substring(start, end).strip();
    return said.length() > 80 ? said.substring(0, 80) + "…" : said;
  }
}
