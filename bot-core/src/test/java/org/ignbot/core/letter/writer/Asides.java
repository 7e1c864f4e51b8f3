package org.ignbot.core.letter.writer;

import static org.ignbot.core.letter.writer.Phrases.pick;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;

/**
 * Sentences around the meetings that name a date which is no IGN meeting: another event cancelled,
 * another body's meeting in a room, a letter referred to, a meeting already held, a deadline. The
 * reader must make no meeting of them, and no warning either, since their words tell their role.
 *
 * <p>Drawn from a random of their own, so a seed's schedule and wording stay what they were.
 */
final class Asides {
  /** What an aside's date is. */
  enum Kind {
    CANCELLED_EVENT,
    OTHER_BODY,
    REFERENCE,
    HELD,
    DEADLINE
  }

  /** One sentence naming {@code date} in the role {@code kind}. */
  record Aside(LocalDate date, Kind kind, String sentence) {}

  private static final List<String> BODIES =
      List.of(
          "Fifth Committee",
          "Sixth Committee",
          "Committee on Information",
          "Special Committee on Peacekeeping Operations",
          "Peacebuilding Commission");

  private Asides() {}

  /** None in half the letters (and in Journal extracts), else one or two. */
  static List<Aside> draw(LetterPlan plan) {
    Random random = new Random(plan.seed() * 31 + 17);
    if (plan.style() == Style.JOURNAL || random.nextBoolean()) {
      return List.of();
    }
    Set<LocalDate> taken = new HashSet<>(plan.notMeetings());
    plan.meetings().forEach(meeting -> taken.add(meeting.date()));
    LocalDate first = plan.meetings().get(0).date();
    List<Aside> asides = new ArrayList<>();
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      int offset =
          switch (kind) {
            case HELD, REFERENCE -> -10 - random.nextInt(40);
            case DEADLINE -> -2 - random.nextInt(10);
            default -> random.nextInt(30) - 5;
          };
      LocalDate date = weekday(first.plusDays(offset));
      while (taken.contains(date)) {
        date = weekday(date.plusDays(1));
      }
      taken.add(date);
      asides.add(new Aside(date, kind, sentence(kind, date, plan, random)));
    }
    return asides;
  }

  /** The letter with each aside a paragraph of its own before the closing and signature. */
  static WrittenLetter into(WrittenLetter letter, List<Aside> asides) {
    if (asides.isEmpty()) {
      return letter;
    }
    List<Block> blocks = new ArrayList<>(letter.blocks());
    int at = Math.max(0, blocks.size() - 2);
    for (Aside aside : asides) {
      blocks.add(at++, Paragraph.of(aside.sentence()));
    }
    return new WrittenLetter(blocks);
  }

  private static String sentence(Kind kind, LocalDate date, LetterPlan plan, Random random) {
    String day = Phrases.date(date, random);
    return switch (kind) {
      case CANCELLED_EVENT ->
          pick(
              random,
              "The briefing by the Co-Chairs scheduled for " + day + " has been cancelled.",
              "Please note that the reception for delegations planned for "
                  + day
                  + " will not take place.",
              "The workshop on working methods foreseen on " + day + " has been cancelled.");
      case OTHER_BODY -> otherBody(day, plan, random);
      case REFERENCE ->
          pick(
              random,
              "We also recall our letter of " + day + " on the programme of work.",
              "As announced in our letter dated " + day + ", the meetings will be webcast.");
      case HELD ->
          pick(
              random,
              "At the meeting held on "
                  + day
                  + ", many delegations stressed the need for progress.",
              "We thank delegations for their participation in the meeting which took place on "
                  + day
                  + ".",
              "Building on the discussions held on " + day + ", we hope to make further progress.");
      case DEADLINE ->
          pick(
              random,
              "Delegations wishing to submit written contributions are invited to do so by "
                  + day
                  + ".",
              "Written submissions should reach the Co-Chairs no later than " + day + ".",
              "Delegations are kindly requested to inscribe on the list of speakers by "
                  + day
                  + ".");
    };
  }

  /** Another body's meeting, often in a room the IGN meets in. */
  private static String otherBody(String day, LetterPlan plan, Random random) {
    String body = BODIES.get(random.nextInt(BODIES.size()));
    String room =
        plan.meetings().stream()
            .flatMap(meeting -> meeting.venue().stream())
            .map(Room::name)
            .findFirst()
            .filter(name -> random.nextBoolean())
            .orElse("Conference Room 3");
    String in = room.startsWith("Conference") ? room : "the " + room;
    return pick(
        random,
        "Please note that the " + body + " will meet in " + in + " on " + day + ".",
        "On " + day + ", " + in + " will be used by the " + body + ".",
        "The " + body + " will hold its meeting in " + in + " on " + day + ".");
  }

  private static LocalDate weekday(LocalDate day) {
    LocalDate working = day;
    while (working.getDayOfWeek() == DayOfWeek.SATURDAY
        || working.getDayOfWeek() == DayOfWeek.SUNDAY) {
      working = working.plusDays(1);
    }
    return working;
  }
}
