package org.ignbot.core.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Source;

/**
 * Reads a Co-Chairs' letter in stages. Stage 1 (layout) gives paragraphs and tables; stage 2 finds
 * the mentions in them (dates and the role each plays, times, rooms, clusters); stage 3 makes a
 * meeting of each convened date, from its own sentence, row or Journal entry first and then from
 * what the letter says for all; stage 4 ({@link Accounting}) makes sure every date is explained or
 * warned about. What it is unsure of becomes a warning naming the meeting, never a silent guess.
 */
public final class LetterReader {
  private static final Pattern REFERENCE =
      Pattern.compile("(?i)\\s*(our |your )?ref(erence)?\\s*(no)?\\.?\\s*:.*");
  private static final Pattern RIGHT_COLUMN = Pattern.compile("\\s*(.*\\S) {6,}(\\S.*)");
  private static final Pattern LETTER_DATE_LINE =
      Pattern.compile("(?i)^(?:new york,?\\s*|date[d:]?\\s*)?(.+?)\\.?$");

  /** Reads a letter file (PDF, .docx or text): its layout first, then the later stages. */
  public LetterReading readFile(String fileName, byte[] content) {
    return read(LetterLayouts.read(fileName, content));
  }

  /** Reads a laid-out letter: paragraphs as lines, tables as rows in the reader's column order. */
  public LetterReading read(LetterLayout layout) {
    List<String> lines = new ArrayList<>();
    boolean journal = JournalEntries.isJournal(List.of(layout.text().split("\n")));
    for (LetterLayout.Block block : layout.blocks()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      if (block instanceof LetterLayout.Table table) {
        lines.addAll(
            journal && !table.header()
                ? JournalEntries.rows(table.rows())
                : TableBlock.lines(table.rows(), table.header()));
      } else if (block instanceof LetterLayout.Paragraph paragraph) {
        lines.addAll(journal ? paragraph.lines() : WrappedLines.joined(paragraph.lines()));
      }
    }
    return read(normalise(String.join("\n", lines)), layout.name(), normalise(layout.text()));
  }

  /** Reads the letter's text; {@code name} is used in messages. */
  public LetterReading read(String rawText, String name) {
    String text = normalise(rawText);
    return read(text, name, text);
  }

  /** Reads the letter's normalised text; {@code letter} is the text it is known by (its hash). */
  private LetterReading read(String typedText, String name, String letter) {
    Accounting.refuseUnlessAboutIgn(typedText, name);
    List<String> warnings = new ArrayList<>();
    String text = OtherClocks.without(NumericOrder.settle(typedText, warnings));
    DateLedger ledger = new DateLedger();
    List<String> lines = new ArrayList<>();
    Optional<LocalDate> mailDate = Optional.empty();
    List<String> typed = List.of(text.split("\n", -1));
    for (int i = 0; i < typed.size(); i++) {
      String line = typed.get(i);
      if (!EmailHeaders.isHeader(typed, i)) {
        lines.add(line);
        continue;
      }
      lines.add("");
      for (DateMention mention : LetterDates.find(line, new ArrayList<>())) {
        if (mention.year().isPresent() && !mention.in(mention.year().get()).isEmpty()) {
          LocalDate day = mention.in(mention.year().get()).get(0);
          ledger.record(day, DateRole.HEADER);
          if (mailDate.isEmpty() && EmailHeaders.datesTheMail(line)) {
            mailDate = Optional.of(day);
          }
        }
      }
    }
    Optional<LocalDate> letterDate = letterDate(lines);
    letterDate.ifPresent(day -> ledger.record(day, DateRole.LETTER));
    List<LocalDate> explicit = new ArrayList<>();
    for (DateMention mention : LetterDates.find(text, new ArrayList<>())) {
      mention.year().ifPresent(year -> explicit.addAll(mention.in(year)));
    }
    Optional<LocalDate> dated = letterDate.isPresent() ? letterDate : mailDate;
    Years years = new Years(dated, explicit, warnings);

    Map<LocalDate, DraftBuilder> days = new TreeMap<>();
    MeetingDefaults defaults = new MeetingDefaults();
    int tableRows;
    if (JournalEntries.isJournal(lines)) {
      List<DraftBuilder> entries = new JournalEntries(years, ledger).read(lines, warnings);
      entries.forEach(entry -> joinRow(days, entry, "another entry of the Journal", warnings));
      tableRows = entries.size();
    } else {
      LetterBody body = new LetterBody(years, warnings, ledger, defaults);
      body.read(lines, letterDate.isPresent());
      tableRows = body.datedRows();
      body.tableRows().forEach(row -> joinRow(days, row, "another row of the table", warnings));
      body.prose().convened().forEach(said -> merge(days, said, "the text", warnings));
      body.prose().dayNotes().forEach(day -> merge(days, day, "the text", warnings));
      body.prose().related().forEach(related -> days.putIfAbsent(related.date, related));
    }
    Accounting.refuseWithoutMeetings(name, days, tableRows, warnings);
    days.values().forEach(defaults::apply);
    Accounting.check(text, days, ledger, years, warnings);
    List<MeetingDraft> meetings = new ArrayList<>();
    for (DraftBuilder day : days.values()) {
      meetings.add(day.build(warnings));
    }
    String sha = sha256(letter);
    Source source = LetterSource.of(text, lines, sha, dated, meetings, warnings);
    return new LetterReading(source, sha, meetings, List.copyOf(new LinkedHashSet<>(warnings)));
  }

  private static void joinRow(
      Map<LocalDate, DraftBuilder> days, DraftBuilder row, String place, List<String> warnings) {
    DraftBuilder known = days.putIfAbsent(row.date, row);
    if (known != null) {
      known.joinRow(row, place, warnings);
    }
  }

  private static void merge(
      Map<LocalDate, DraftBuilder> days, DraftBuilder draft, String place, List<String> warnings) {
    DraftBuilder known = days.get(draft.date);
    if (known == null) {
      days.put(draft.date, draft);
    } else {
      known.fillFrom(draft, place, warnings);
    }
  }

  private static Optional<LocalDate> letterDate(List<String> lines) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (++seen > 12) {
        break;
      }
      // The letter's date stands alone; a date-only line inside a paragraph is a wrapped sentence.
      // A PDF puts the date at the right of a letterhead line: "THE PRESIDENT OF ...      5 May".
      Matcher right = RIGHT_COLUMN.matcher(line);
      if (right.matches() && letterhead(List.of(right.group(1)), 0)) {
        line = right.group(2);
      }
      boolean alone = letterhead(lines, i - 1) && letterhead(lines, i + 1);
      if (alone && isDateLine(line)) {
        DateMention mention = LetterDates.find(line, new ArrayList<>()).get(0);
        return mention.in(mention.year().orElseThrow()).stream().findFirst();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether line {@code i} leaves a date beside it standing alone: no line, a blank one, or the
   * letterhead's (a reference number, a line in capitals such as "THE PRESIDENT OF THE GENERAL
   * ASSEMBLY") rather than a sentence's, as a PDF exported from Word puts them.
   */
  private static boolean letterhead(List<String> lines, int i) {
    if (i < 0 || i >= lines.size() || lines.get(i).isBlank()) {
      return true;
    }
    String line = lines.get(i);
    return REFERENCE.matcher(line).matches()
        || (line.chars().anyMatch(Character::isLetter)
            && line.equals(line.toUpperCase(Locale.ROOT)));
  }

  /** A line that is only a full date ("12 February 2026", "New York, 12 February 2026"). */
  static boolean isDateLine(String line) {
    Matcher matcher = LETTER_DATE_LINE.matcher(line.strip());
    if (!matcher.matches() || line.strip().length() > 50) {
      return false;
    }
    List<DateMention> found = LetterDates.find(matcher.group(1), new ArrayList<>());
    return found.size() == 1
        && found.get(0).year().isPresent()
        && found.get(0).days().size() == 1
        && found.get(0).through().isEmpty()
        && found.get(0).written().length() >= matcher.group(1).strip().length() - 1;
  }

  /** Undoes what extraction and typing do to text: odd spaces, dashes, split ordinals, markup. */
  static String normalise(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceAll("~~[^~\\n]*~~", "")
        .replaceAll("[\\u00a0\\u2007\\u202f\\u2009\\u200a]", " ")
        .replaceAll("[\\u200b\\ufeff\\u00ad]", "")
        .replaceAll("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]", "-")
        .replaceAll("[\\u2018\\u2019]", "'")
        .replaceAll("[\\u201c\\u201d]", "\"")
        .replaceAll("(?<=\\b\\d{1,2}) (st|nd|rd|th)\\b", "$1")
        .replaceAll("(?m)[ ]+$", "")
        .strip();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
