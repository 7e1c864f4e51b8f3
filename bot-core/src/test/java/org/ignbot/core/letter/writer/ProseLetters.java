package org.ignbot.core.letter.writer;

import static org.ignbot.core.letter.writer.Phrases.pick;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;
import org.ignbot.core.time.GaSession;

/**
 * Letters in sentences: the Co-Chairs' prose letter, the same forwarded by e-mail, a rescheduling.
 */
final class ProseLetters {
  private ProseLetters() {}

  static WrittenLetter write(LetterPlan plan, Random random) {
    Sentences sentences = new Sentences(random);
    if (yearsGoWithout(plan) && random.nextInt(4) == 0) {
      sentences.withoutYears();
    }
    List<Block> blocks = new ArrayList<>();
    if (plan.style() == Style.EMAIL) {
      blocks.addAll(headers(plan, random));
    }
    blocks.addAll(dateAndSalutation(plan, random));
    int session = GaSession.of(plan.meetings().get(0).date());
    if (plan.style() == Style.RESCHEDULE) {
      String referred = Phrases.date(plan.referred().orElseThrow(), random);
      blocks.add(
          Paragraph.of(
              pick(
                  random,
                  "Further to our letter of "
                      + referred
                      + ", we wish to inform you of changes to"
                      + " the programme of the Intergovernmental Negotiations on Security Council"
                      + " reform (IGN).",
                  "With reference to our letter dated "
                      + referred
                      + " on the meetings of the IGN,"
                      + " we would like to inform you of the following changes.",
                  "Further to our letter of "
                      + referred
                      + " concerning the "
                      + Phrases.FULL_NAME
                      + ", please note the following.")));
    } else {
      blocks.add(Paragraph.of(Phrases.opening(session, random)));
    }
    if (random.nextInt(3) == 0) {
      blocks.add(Paragraph.of(Phrases.filler(random)));
    }
    List<String> paragraph = new ArrayList<>();
    PlannedMeeting previous = null;
    // "At the same time and venue" follows the meeting it refers to, never a spill-over.
    boolean spilled = false;
    List<String> changes = new ArrayList<>();
    for (PlannedMeeting meeting : plan.meetings()) {
      if (meeting.cancelled()) {
        changes.add(sentences.cancel(meeting));
      } else if (meeting.movedFrom().isPresent()) {
        changes.add(sentences.move(meeting));
      } else if (meeting.spillOver()) {
        paragraph.add(sentences.spillOver(meeting, previous));
        spilled = true;
      } else {
        if (!paragraph.isEmpty() && random.nextBoolean()) {
          blocks.add(Paragraph.of(String.join(" ", paragraph)));
          paragraph.clear();
        }
        String sentence = sentences.convene(meeting, spilled ? null : previous);
        spilled = false;
        if (plan.style() == Style.RESCHEDULE && random.nextBoolean()) {
          sentence =
              "In addition, " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        paragraph.add(sentence);
        previous = meeting;
      }
    }
    if (!paragraph.isEmpty()) {
      blocks.add(Paragraph.of(String.join(" ", paragraph)));
    }
    for (String change : changes) {
      blocks.add(Paragraph.of(change));
    }
    if (random.nextBoolean()) {
      blocks.add(Paragraph.of(Phrases.filler(random)));
    }
    blocks.add(Paragraph.of(Phrases.closing(random)));
    blocks.add(new Paragraph(Phrases.signature(random), false));
    return new WrittenLetter(blocks);
  }

  /**
   * Whether the letter's date gives every meeting's year: each day it names (meetings, days moved
   * from) falls after it and within the next ten months.
   */
  private static boolean yearsGoWithout(LetterPlan plan) {
    if (plan.letterDate().isEmpty()) {
      return false;
    }
    LocalDate letter = plan.letterDate().get();
    for (PlannedMeeting meeting : plan.meetings()) {
      for (LocalDate day : List.of(meeting.date(), meeting.movedFrom().orElse(meeting.date()))) {
        if (!day.isAfter(letter) || day.isAfter(letter.plusMonths(10))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The letter's date (on the left or flush right), if it bears one, and "Excellency,". */
  static List<Block> dateAndSalutation(LetterPlan plan, Random random) {
    List<Block> blocks = new ArrayList<>();
    plan.letterDate()
        .ifPresent(
            date ->
                blocks.add(
                    new Paragraph(
                        List.of(Phrases.letterDate(date, random)), random.nextBoolean())));
    blocks.add(Paragraph.of(Phrases.salutation(random)));
    return blocks;
  }

  private static List<Block> headers(LetterPlan plan, Random random) {
    LocalDate sent = plan.sent().orElseThrow();
    String weekday = sent.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    String month = sent.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    int hour = 1 + random.nextInt(11);
    String minutes = String.format("%02d", random.nextInt(60));
    String sentLine =
        switch (random.nextInt(5)) {
          case 3 ->
              // A mail client's own header: "Date: Wed, 3 Feb 2027 16:12:05 -0500".
              "Date: "
                  + weekday.substring(0, 3)
                  + ", "
                  + sent.getDayOfMonth()
                  + " "
                  + month.substring(0, 3)
                  + " "
                  + sent.getYear()
                  + " "
                  + (hour + 8)
                  + ":"
                  + minutes
                  + ":07 -0500";
          case 4 ->
              "Sent: "
                  + sent.getDayOfMonth()
                  + " "
                  + month
                  + " "
                  + sent.getYear()
                  + " "
                  + (hour + 8)
                  + ":"
                  + minutes;
          case 0 ->
              "Sent: "
                  + weekday
                  + ", "
                  + sent.getDayOfMonth()
                  + " "
                  + month
                  + " "
                  + sent.getYear()
                  + " "
                  + hour
                  + ":"
                  + minutes
                  + " PM";
          case 1 ->
              "Sent: "
                  + weekday
                  + ", "
                  + month
                  + " "
                  + sent.getDayOfMonth()
                  + ", "
                  + sent.getYear()
                  + " "
                  + hour
                  + ":"
                  + minutes
                  + " AM";
          default ->
              "Date: "
                  + sent.getDayOfMonth()
                  + " "
                  + month
                  + " "
                  + sent.getYear()
                  + " at "
                  + (hour + 8)
                  + ":"
                  + minutes;
        };
    List<Block> blocks = new ArrayList<>();
    if (random.nextBoolean()) {
      blocks.add(
          Paragraph.of(
              pick(
                  random,
                  "Dear colleagues, please see below the letter of the Co-Chairs.",
                  "FYI, for the attention of the Permanent Representative.")));
      blocks.add(
          Paragraph.of(
              pick(
                  random, "-----Original Message-----", "---------- Forwarded message ---------")));
    }
    blocks.add(
        new Paragraph(
            List.of(
                "From: "
                    + pick(
                        random,
                        "IGN Co-Chairs <ign.cochairs@example.org>",
                        "Office of the Co-Chairs <office@example.org>"),
                sentLine,
                "To: "
                    + pick(
                        random,
                        "All Permanent Missions",
                        "All Permanent and Observer Missions to the United Nations"),
                "Subject: "
                    + pick(
                        random,
                        "IGN - informal meetings",
                        "Letter from the Co-Chairs of the IGN",
                        "FW: IGN meetings")),
            false));
    return blocks;
  }
}
