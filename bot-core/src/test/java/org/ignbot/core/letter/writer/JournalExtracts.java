package org.ignbot.core.letter.writer;

import static org.ignbot.core.letter.writer.Phrases.pick;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.ignbot.core.letter.writer.LetterPlan.OtherMeeting;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;
import org.ignbot.core.time.GaSession;

/**
 * Extracts of the UN Journal as they reach a delegation after copying: day headings, other bodies'
 * meetings between the IGN's, and the dashes of the times lost ("10 a.m.1 p.m. and 36 p.m.").
 */
final class JournalExtracts {
  private static final String IGN_TITLE =
      "Informal meeting of the plenary on the intergovernmental negotiations on the question of"
          + " equitable representation on and increase in the membership of the Security Council"
          + " and other matters related to the Security Council";

  private JournalExtracts() {}

  static WrittenLetter write(LetterPlan plan, Random random) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        Paragraph.of(
            pick(
                random,
                "Programme of meetings and agenda",
                "Journal of the United Nations",
                "Official meetings")));
    TreeSet<LocalDate> days = new TreeSet<>();
    plan.meetings().forEach(meeting -> days.add(meeting.date()));
    plan.others().forEach(other -> days.add(other.date()));
    for (LocalDate day : days) {
      blocks.add(Paragraph.of(heading(day)));
      List<List<String>> entries = new ArrayList<>();
      for (PlannedMeeting meeting : plan.meetings()) {
        if (meeting.date().equals(day)) {
          entries.add(ign(meeting, random));
        }
      }
      for (OtherMeeting other : plan.others()) {
        if (other.date().equals(day)) {
          entries.add(
              List.of(
                  other.body(),
                  GaSession.ordinal(2 + random.nextInt(40)) + " meeting",
                  Clocks.lostDash(other.slot(), random)
                      + " "
                      + leader(random)
                      + " "
                      + other.room()));
        }
      }
      Collections.shuffle(entries, random);
      for (List<String> entry : entries) {
        blocks.add(new Paragraph(entry, false));
      }
    }
    return new WrittenLetter(blocks);
  }

  private static List<String> ign(PlannedMeeting meeting, Random random) {
    List<String> lines = new ArrayList<>();
    lines.add("General Assembly");
    lines.add(Phrases.sessionInWords(GaSession.of(meeting.date())) + " session");
    lines.add(
        pick(
            random,
            IGN_TITLE,
            IGN_TITLE,
            "Intergovernmental negotiations on the question of equitable representation on and"
                + " increase in the membership of the Security Council and other matters related"
                + " to the Security Council (informal meeting of the plenary)",
            "Informal meeting of the plenary on the intergovernmental negotiations on Security"
                + " Council reform"));
    String room = meeting.venue().orElseThrow().name();
    if (random.nextInt(4) == 0) {
      for (Slot slot : meeting.sittings()) {
        lines.add(Clocks.lostDash(slot, random) + " " + leader(random) + " " + room);
      }
    } else {
      List<String> ranges =
          meeting.sittings().stream().map(slot -> Clocks.lostDash(slot, random)).toList();
      lines.add(String.join(" and ", ranges) + " " + leader(random) + " " + room);
    }
    lines.add(
        "[The meeting "
            + Phrases.willAddress(random)
            + " "
            + Phrases.topic(meeting.clusters(), random)
            + ".]");
    return lines;
  }

  private static String heading(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
        + ", "
        + day.getDayOfMonth()
        + " "
        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " "
        + day.getYear();
  }

  private static String leader(Random random) {
    return ".".repeat(8 + random.nextInt(24));
  }
}
