package org.ignbot.core.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.GaSession;

/**
 * Finds the meetings in a Co-Chairs' letter's text: the table rows (tab-separated or run together),
 * the sentences that convene, move or cancel meetings, the sentences about one day, related dates
 * (an earlier informal meeting, the General Assembly debate), the signatories and the session. What
 * it is unsure of becomes a warning, never a silent guess.
 */
public final class LetterReader {
  private static final Pattern HEADING_SESSION =
      Pattern.compile("\\b(\\d{2,3})\\s?(?:st|nd|rd|th)\\s+session", Pattern.CASE_INSENSITIVE);
  private static final Pattern ABOUT_IGN =
      Pattern.compile(
          "\\bIGN\\b|intergovernmental\\s+negotiations|security\\s+council\\s+reform"
              + "|co-?chairs?|membership\\s+of\\s+the\\s+security\\s+council",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER_DATE_LINE =
      Pattern.compile("(?i)^(?:new york,?\\s*|date[d:]?\\s*)?(.+?)\\.?$");

  /**
   * Reads a letter file (PDF, .docx or text). Stage 1 (layout) runs first; the later stages read
   * the layout.
   */
  public LetterReading readFile(String fileName, byte[] content) {
    return read(LetterText.extract(fileName, content), fileName);
  }

  /** Reads a laid-out letter. */
  public LetterReading read(LetterLayout layout) {
    return read(layout.text(), layout.name());
  }

  /** Reads the letter's text; {@code name} is used in messages. */
  public LetterReading read(String rawText, String name) {
    String text = normalise(rawText);
    List<String> warnings = new ArrayList<>();
    List<String> lines = List.of(text.split("\n", -1));
    Optional<LocalDate> letterDate = letterDate(lines);
    List<LocalDate> explicit = new ArrayList<>();
    for (DateMention mention : LetterDates.find(text, new ArrayList<>())) {
      mention.year().ifPresent(year -> explicit.addAll(mention.in(year)));
    }
    Years years = new Years(letterDate, explicit, warnings);

    TableRows table = new TableRows(years, warnings);
    List<String> prose = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean datePassed = letterDate.isEmpty();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!datePassed && isDateLine(line)) {
        datePassed = true;
        continue;
      }
      int used = table.tryRow(lines, i);
      if (used > 0) {
        i += used - 1;
        flush(paragraph, prose);
        continue;
      }
      if (line.isBlank()) {
        flush(paragraph, prose);
      } else {
        if (paragraph.length() > 0 && !paragraph.toString().endsWith("-")) {
          paragraph.append(' ');
        }
        paragraph.append(line.strip());
      }
    }
    flush(paragraph, prose);

    ProseSentences sentences = new ProseSentences(years, warnings);
    for (String block : prose) {
      sentences.read(block);
    }
    Map<LocalDate, DraftBuilder> days = new TreeMap<>();
    for (DraftBuilder row : table.drafts()) {
      merge(days, row, "another row of the table", warnings);
    }
    for (DraftBuilder said : sentences.convened()) {
      merge(days, said, "the text", warnings);
    }
    for (DraftBuilder day : sentences.dayNotes()) {
      merge(days, day, "the text", warnings);
    }
    for (DraftBuilder related : sentences.related()) {
      days.putIfAbsent(related.date, related);
    }
    sentences.unplaced().forEach(warnings::add);

    if (days.isEmpty()) {
      if (!ABOUT_IGN.matcher(text).find()) {
        throw new InvalidInputException(
            name
                + " does not read like a Co-Chairs' letter on the IGN: it names neither the IGN"
                + " nor Security Council reform, and no meeting dates.");
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
    List<MeetingDraft> meetings = new ArrayList<>();
    for (DraftBuilder day : days.values()) {
      meetings.add(day.build(warnings));
    }
    String sha = sha256(text);
    Source source = source(text, lines, sha, letterDate, meetings, warnings);
    return new LetterReading(source, sha, meetings, dedupe(warnings));
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

  private Source source(
      String text,
      List<String> lines,
      String sha,
      Optional<LocalDate> letterDate,
      List<MeetingDraft> meetings,
      List<String> warnings) {
    String folded = text.toLowerCase(Locale.ROOT);
    String role;
    if (folded.contains("co-chair") || folded.contains("cochair") || folded.contains("chairs")) {
      role = "Co-Chair";
    } else if (folded.matches("(?s).*\\bchair\\b.*")) {
      role = "Chair";
    } else {
      role = "";
    }
    List<String> signatories = new ArrayList<>();
    for (String signer : Signatories.find(lines)) {
      signatories.add(role.isEmpty() ? signer : signer + " (" + role + ")");
    }
    Map<Integer, Integer> bySession = new HashMap<>();
    for (MeetingDraft meeting : meetings) {
      bySession.merge(GaSession.of(meeting.date()), 1, Integer::sum);
    }
    int session =
        bySession.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    if (bySession.size() > 1) {
      warnings.add(
          "The letter's meetings fall in more than one General Assembly session ("
              + String.join(
                  " and ",
                  new TreeSet<>(bySession.keySet()).stream().map(GaSession::ordinal).toList())
              + "); each meeting is recorded in its own.");
    }
    List<String> notes = new ArrayList<>();
    Matcher heading = HEADING_SESSION.matcher(text);
    if (heading.find()) {
      int named = Integer.parseInt(heading.group(1));
      if (named != session) {
        String note =
            "The letter's heading names the "
                + GaSession.ordinal(named)
                + " session, but its meetings ("
                + months(meetings)
                + ") fall in the "
                + GaSession.ordinal(session)
                + " session (September "
                + (session + 1945)
                + " to September "
                + (session + 1946)
                + "); the bot records the "
                + GaSession.ordinal(session)
                + ".";
        notes.add(note);
        warnings.add(note);
      }
    }
    String author =
        switch (role) {
          case "Co-Chair" -> "Co-Chairs' letter";
          case "Chair" -> "Chair's letter";
          default -> "Letter";
        };
    return new Source(
        "letter-" + sha.substring(0, 12),
        author + " on the IGN meetings of the " + GaSession.ordinal(session) + " session",
        letterDate,
        signatories,
        notes);
  }

  /** "October and November 2024", "December 2024 and January 2025". */
  private static String months(List<MeetingDraft> meetings) {
    Map<Integer, TreeSet<Month>> byYear = new TreeMap<>();
    for (MeetingDraft meeting : meetings) {
      byYear
          .computeIfAbsent(meeting.date().getYear(), year -> new TreeSet<>())
          .add(meeting.date().getMonth());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Integer, TreeSet<Month>> year : byYear.entrySet()) {
      List<String> names =
          year.getValue().stream().map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK)).toList();
      parts.add(joined(names) + " " + year.getKey());
    }
    return joined(parts);
  }

  private static String joined(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private static Optional<LocalDate> letterDate(List<String> lines) {
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (++seen > 12) {
        break;
      }
      if (isDateLine(line)) {
        List<DateMention> found = LetterDates.find(line, new ArrayList<>());
        DateMention mention = found.get(0);
        return Optional.of(mention.in(mention.year().orElseThrow()).get(0));
      }
    }
    return Optional.empty();
  }

  /** A line that is only a full date ("12 February 2026", "New York, 12 February 2026"). */
  private static boolean isDateLine(String line) {
    Matcher matcher = LETTER_DATE_LINE.matcher(line.strip());
    if (!matcher.matches() || line.strip().length() > 50) {
      return false;
    }
    List<DateMention> found = LetterDates.find(matcher.group(1), new ArrayList<>());
    return found.size() == 1
        && found.get(0).year().isPresent()
        && found.get(0).days().size() == 1
        && found.get(0).written().length() >= matcher.group(1).strip().length() - 1;
  }

  private static void flush(StringBuilder paragraph, List<String> prose) {
    if (paragraph.length() > 0) {
      prose.add(paragraph.toString());
      paragraph.setLength(0);
    }
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

  private static List<String> dedupe(List<String> warnings) {
    return List.copyOf(new LinkedHashSet<>(warnings));
  }

  /** Settles the year of dates written without one, from the letter's date or its other dates. */
  static final class Years {
    private final Optional<LocalDate> letterDate;
    private final List<LocalDate> explicit;
    private final List<String> warnings;

    Years(Optional<LocalDate> letterDate, List<LocalDate> explicit, List<String> warnings) {
      this.letterDate = letterDate;
      this.explicit = explicit;
      this.warnings = warnings;
    }

    /** The days of a mention, or none (with a warning) when its year cannot be told. */
    List<LocalDate> days(DateMention mention) {
      List<LocalDate> days = inYear(mention);
      if (days.size() == 1) {
        LetterDates.weekdayMismatch(mention, days.get(0)).ifPresent(warnings::add);
      }
      return days;
    }

    private List<LocalDate> inYear(DateMention mention) {
      if (mention.year().isPresent()) {
        return mention.in(mention.year().get());
      }
      if (letterDate.isPresent()) {
        int year = letterDate.get().getYear();
        LocalDate first = mention.in(year).get(0);
        // Letters announce meetings weeks ahead and look back a little: a day long before the
        // letter is next year's.
        if (first.isBefore(letterDate.get().minusMonths(3))) {
          year++;
        }
        return mention.in(year);
      }
      if (!explicit.isEmpty()) {
        int best = explicit.get(0).getYear();
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate known : explicit) {
          for (int year = known.getYear() - 1; year <= known.getYear() + 1; year++) {
            long distance = Math.abs(ChronoUnit.DAYS.between(known, mention.in(year).get(0)));
            if (distance < bestDistance) {
              bestDistance = distance;
              best = year;
            }
          }
        }
        return mention.in(best);
      }
      warnings.add(
          "\""
              + mention.written()
              + "\" has no year, and the letter gives neither its own date nor another year; "
              + "left out. Add the year and import again.");
      return List.of();
    }
  }
}
