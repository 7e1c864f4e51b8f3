package org.ignbot.core.letter;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.time.GaSession;

/** Where a letter comes from: its author, signatories, date and the session it is about. */
final class LetterSource {
  private static final Pattern HEADING_SESSION =
      Pattern.compile("\\b(\\d{2,3})\\s?(?:st|nd|rd|th)\\s+session", Pattern.CASE_INSENSITIVE);

  private LetterSource() {}

  static Source of(
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
}
