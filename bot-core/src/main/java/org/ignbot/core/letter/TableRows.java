package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Topic;

/**
 * The rows of a letter's table ({@code Format | Date | Time | Venue | Topic/Cluster}), whether the
 * cells are tab-separated or run into each other, with cells that wrap onto the next line.
 */
final class TableRows {
  private static final Pattern PROSE_BEFORE_DATE =
      Pattern.compile("(?i)(?:\\b(?:on|of|from|for|to|until|by|and|since|after|before)|,)\\s*$");
  private static final Pattern STARTS_WITH_TIME =
      Pattern.compile(
          "(?i)^[\\s|,]*(?:from\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m|p\\.?m|[:.]\\d)");

  private static final Pattern LEADS_ON =
      Pattern.compile(
          "(?i)\\b(?:the|at|in|held|place|dated|scheduled|meeting|will|be|monday|tuesday"
              + "|wednesday|thursday|friday|saturday|sunday),?$");

  private final Years years;
  private final List<String> warnings;
  private final List<DraftBuilder> drafts = new ArrayList<>();
  private Optional<String> lastTitle = Optional.empty();
  private int rows;

  TableRows(Years years, List<String> warnings) {
    this.years = years;
    this.warnings = warnings;
  }

  List<DraftBuilder> drafts() {
    return drafts;
  }

  /** How many dated rows the letter has, read or not. */
  int rows() {
    return rows;
  }

  /** Reads a row starting at line {@code index}; returns how many lines it took, 0 if none. */
  int tryRow(List<String> lines, int index) {
    String line = lines.get(index);
    List<DateMention> mentions = LetterDates.find(line, new ArrayList<>());
    if (mentions.isEmpty()) {
      return 0;
    }
    DateMention date = mentions.get(0);
    String before = line.substring(0, date.start());
    String after = line.substring(date.end());
    if (!isRow(line, before, after) || goesOn(lines, index)) {
      return 0;
    }
    rows++;
    int used = 1;
    StringBuilder rest = new StringBuilder(after);
    while (index + used < lines.size()
        && (continues(lines.get(index + used)) || closes(rest, lines.get(index + used)))) {
      // A space, not a cell break: a wrapped cell goes on, and a new topic is told by its words.
      rest.append(' ').append(lines.get(index + used).strip());
      used++;
    }
    LetterDates.find(line, warnings);
    read(before, date, rest.toString(), mentions.subList(1, mentions.size()));
    return used;
  }

  /**
   * Whether the line goes on with the sentence of the line above, as a wrapped paragraph does ("...
   * will be held on" / "Tuesday, 27 April 2027, from 10 a.m. ..."): then it is no row.
   */
  private static boolean goesOn(List<String> lines, int index) {
    if (index == 0 || lines.get(index).contains("\t")) {
      return false;
    }
    String above = lines.get(index - 1).strip();
    return !above.contains("\t") && leadsOn(above);
  }

  /** Whether a line ends where a sentence goes on: "... will be held on", "... in the". */
  static boolean leadsOn(String line) {
    String text = line.strip();
    return !text.isEmpty()
        && (PROSE_BEFORE_DATE.matcher(text).find() || LEADS_ON.matcher(text).find());
  }

  /** Whether a line reads as a table row: a date early on, then times or a room. */
  static boolean rowLike(String line) {
    List<DateMention> mentions = LetterDates.find(line, new ArrayList<>());
    if (mentions.isEmpty()) {
      return false;
    }
    String after = line.substring(mentions.get(0).end());
    String before = line.substring(0, mentions.get(0).start()).strip();
    return before.split("\\s+").length <= 8
        && (STARTS_WITH_TIME.matcher(after).find()
            || Venues.find(after).map(v -> v.start() < 3).orElse(false));
  }

  private static boolean isRow(String line, String before, String after) {
    if (line.contains("\t") || line.contains(" | ")) {
      return true;
    }
    String prefix = before.strip();
    if (listed(prefix, after)) {
      return true;
    }
    boolean shortPrefix = prefix.isEmpty() || prefix.split("\\s+").length <= 8;
    return shortPrefix
        && !PROSE_BEFORE_DATE.matcher(prefix).find()
        && !prefix.endsWith(".")
        && (STARTS_WITH_TIME.matcher(after).find()
            || Venues.find(after).map(v -> v.start() < 3).orElse(false));
  }

  /**
   * A line of a list that starts with its date and goes on with a cluster or a day kept for a
   * spill-over, as a programme of work does when it gives times and room once for all: "Thursday,
   * 21 January Categories of membership", "- 9 February: the question of the veto", "Thursday, 5
   * December: Reserved for possible spill-over".
   */
  private static boolean listed(String prefix, String after) {
    String rest = after.strip();
    return prefix.matches("[-•*–\\d.)]*")
        && rest.length() < 240
        && !rest.endsWith(".")
        && !rest.matches("(?is).*\\b(?:will|shall|would|is|are|was|were)\\b.*")
        && (!ClusterMentions.in(rest).isEmpty() || Facts.of(rest).spillOver());
  }

  /**
   * A wrapped cell: a line right below a row holding a time or a venue, or a short one that goes on
   * with a cell ("membership") or starts a topic ("Crossregional representation"). Names under the
   * table (the signature) and prose are neither.
   */
  private static boolean continues(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > 150 || text.endsWith(".")) {
      return false;
    }
    if (!LetterDates.find(text, new ArrayList<>()).isEmpty()) {
      return false;
    }
    if (SittingTimes.span(text)[0] >= 0 || Venues.find(text).isPresent()) {
      return true;
    }
    char first = text.charAt(0);
    return text.length() <= 80
        && !text.contains(",")
        && (Character.isLowerCase(first) || first == '(' || Topics.startsWithTopic(text));
  }

  /**
   * A line that closes a bracket the row left open ("... (General" / "Assembly Hall)"): the rest of
   * the row's last cell, wrapped where the layout could not tell.
   */
  private static boolean closes(CharSequence row, String line) {
    String text = line.strip();
    String cells = row.toString();
    return cells.lastIndexOf('(') > cells.lastIndexOf(')')
        && text.indexOf(')') >= 0
        && text.length() <= 80
        && LetterDates.find(text, new ArrayList<>()).isEmpty();
  }

  private void read(String before, DateMention date, String rest, List<DateMention> others) {
    String title = before.replaceAll("[\\t|]+", " ").strip().replaceAll("[,:;\\-]+$", "").strip();
    Optional<String> rowTitle = title.isEmpty() ? lastTitle : Optional.of(title);
    lastTitle = rowTitle;
    String cells = rest;
    // Times may sit in two cells (a wrapped row): read them all, then blank out only them.
    List<SittingTimes.Range> times = SittingTimes.find(cells, warnings);
    cells = SittingTimes.without(cells);
    Optional<String> venue = Optional.empty();
    Optional<Venues.Found> found = Venues.find(cells);
    if (found.isPresent()) {
      venue = Optional.of(found.get().name());
      cells = cells.substring(0, found.get().start()) + "\t" + cells.substring(found.get().end());
      // A room in brackets after the cluster ("(Conference Room 4)") leaves no empty brackets.
      cells = cells.replaceAll("[(\\[]\\s*\t\\s*[)\\]]", "\t");
    }
    Optional<String> partOfDay =
        times.isEmpty() ? MeetingDefaults.partOfDay(cells) : Optional.empty();
    cells = partOfDay.isPresent() ? MeetingDefaults.withoutPartOfDay(cells) : cells;
    Changes changes = Changes.in(cells, others, years);
    cells = changes.remaining();
    List<Topic> topics = Topics.fromCell(cells.replace('|', '\t'));
    for (LocalDate day : years.days(date)) {
      DraftBuilder draft = new DraftBuilder(day);
      draft.title = rowTitle;
      draft.times = times;
      draft.venue = venue;
      draft.topics = topics;
      draft.clusters.addAll(ClusterMentions.in(cells));
      draft.partOfDay = partOfDay;
      draft.cancelled = changes.cancelled();
      draft.movedFrom = changes.movedFrom();
      changes.note().ifPresent(draft.notes::add);
      drafts.add(draft);
    }
  }
}
