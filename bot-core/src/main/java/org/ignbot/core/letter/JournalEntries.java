package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An extract of the UN Journal: day headings ("Tuesday, 2 March 2027"), then entries, each a title
 * (the body that meets), a line of times and room joined by dot leaders, and perhaps a bracketed
 * line on what it will address. Only the IGN's entries ("Informal meeting of the plenary on the
 * intergovernmental negotiations on ... the Security Council") are meetings; the other bodies'
 * entries and days explain their dates.
 */
final class JournalEntries {
  private static final Pattern LEADER = Pattern.compile("\\.{4,}|…{2,}|(?:\\. ){4,}");
  private static final Pattern JOURNAL =
      Pattern.compile("(?i)programme\\s+of\\s+meetings|journal\\s+of\\s+the\\s+united\\s+nations");

  /** Words that name the IGN, in a Journal entry or a sentence. */
  static final Pattern IGN_ENTRY =
      Pattern.compile(
          "(?i)intergovernmental\\s+negotiations|security\\s+council\\s+reform|\\bIGN\\b"
              + "|increase\\s+in\\s+the\\s+membership\\s+of\\s+the\\s+security\\s+council");

  private final Years years;
  private final DateLedger ledger;
  private final List<DraftBuilder> drafts = new ArrayList<>();
  private LocalDate day;
  private DraftBuilder last;
  private StringBuilder bracket;

  JournalEntries(Years years, DateLedger ledger) {
    this.years = years;
    this.ledger = ledger;
  }

  /** Whether the lines read as a Journal extract: dot leaders or its heading, and day headings. */
  static boolean isJournal(List<String> lines) {
    boolean marked =
        lines.stream().anyMatch(l -> LEADER.matcher(l).find() || JOURNAL.matcher(l).find());
    return marked && lines.stream().anyMatch(JournalEntries::isDayHeading);
  }

  /** The IGN meetings of the extract, each with the day of the heading above it. */
  List<DraftBuilder> read(List<String> lines, List<String> warnings) {
    List<String> title = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (bracket != null || line.startsWith("[")) {
        topic(line);
      } else if (line.isEmpty()) {
        if (!paragraph.isEmpty()) {
          title = new ArrayList<>(paragraph);
          paragraph.clear();
        }
      } else if (isDayHeading(line)) {
        DateMention heading = LetterDates.find(line, new ArrayList<>()).get(0);
        day = years.days(heading).stream().findFirst().orElse(null);
        Optional.ofNullable(day).ifPresent(d -> ledger.record(d, DateRole.OTHER_BODY));
        title.clear();
        paragraph.clear();
        last = null;
      } else if (SittingTimes.span(line)[0] >= 0 && paragraph.isEmpty() && title.isEmpty()) {
        // A further sitting of the entry just read, on a line of its own.
        if (last != null) {
          List<SittingTimes.Range> times = new ArrayList<>(last.times);
          times.addAll(Facts.of(LEADER.matcher(line).replaceAll(" ")).times());
          last.times = times;
        }
      } else if (SittingTimes.span(line)[0] >= 0) {
        String entry = String.join(" ", paragraph.isEmpty() ? title : paragraph);
        String room = line;
        if (Venues.find(line).isEmpty() && i + 1 < lines.size()) {
          room = lines.get(i + 1);
        }
        entry(entry, line, room, warnings);
        title.clear();
        paragraph.clear();
      } else {
        paragraph.add(line);
      }
    }
    return drafts;
  }

  private void entry(String title, String times, String room, List<String> warnings) {
    if (!IGN_ENTRY.matcher(title).find()) {
      last = null;
      return;
    }
    if (day == null) {
      warnings.add(
          "The Journal entry \"" + shortened(title) + "\" comes under no day heading; left out.");
      last = null;
      return;
    }
    DraftBuilder draft = new DraftBuilder(day);
    draft.title = Optional.of("Informal meeting of the plenary on Security Council reform (IGN)");
    Facts said = Facts.of(LEADER.matcher(times).replaceAll(" "));
    said.fill(draft, false);
    if (draft.venue.isEmpty()) {
      draft.venue = Venues.find(room).map(Venues.Found::name);
    }
    ledger.record(day, DateRole.CONVENED);
    drafts.add(draft);
    last = draft;
  }

  /** "[The meeting will address the question of the veto.]", perhaps over several lines. */
  private void topic(String line) {
    if (bracket == null) {
      bracket = new StringBuilder();
    }
    bracket.append(' ').append(line);
    if (!line.contains("]")) {
      return;
    }
    String said = bracket.toString().replaceAll("[\\[\\]]", " ").strip();
    bracket = null;
    if (last != null) {
      Facts.of(said).fill(last, false);
      last.notes.add(said);
    }
  }

  private static boolean isDayHeading(String line) {
    String text = line.strip();
    List<DateMention> found = LetterDates.find(text, new ArrayList<>());
    return text.length() <= 40
        && found.size() == 1
        && found.get(0).days().size() == 1
        && found.get(0).written().length() >= text.replaceAll("[.,]$", "").length() - 1;
  }

  private static String shortened(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  /**
   * A Journal page pasted into Word or exported to PDF keeps its two columns as a table without a
   * header: the times left, the entry (title, then its room) right. Each row becomes an entry as
   * the Journal's text gives it: the entry's words, then its times and room.
   */
  static List<String> rows(List<List<String>> rows) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> times = new ArrayList<>();
      for (String cell : row) {
        String text = cell.strip();
        int[] span = SittingTimes.span(text);
        Optional<Venues.Found> room =
            Venues.find(text).filter(found -> found.end() == text.length());
        if (span[0] == 0 && span[1] >= text.length() - 1) {
          times.add(text);
        } else if (room.isPresent() && room.get().start() > 0) {
          lines.add(text.substring(0, room.get().start()).strip());
          times.add(text.substring(room.get().start()));
        } else if (!text.isEmpty()) {
          lines.add(text);
        }
      }
      lines.addAll(times);
      lines.add("");
    }
    return lines;
  }
}
