package org.ignbot.core.letter.writer;

import static org.ignbot.core.letter.writer.Phrases.date;
import static org.ignbot.core.letter.writer.Phrases.in;
import static org.ignbot.core.letter.writer.Phrases.ordinal;
import static org.ignbot.core.letter.writer.Phrases.pick;
import static org.ignbot.core.letter.writer.Phrases.topic;
import static org.ignbot.core.letter.writer.Phrases.willAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The sentences that convene, reserve, move and cancel meetings, in one letter's clock. */
final class Sentences {
  private final Random random;
  private final Clocks.Form clock;
  private final boolean from;

  /** Times copied from a Journal or a web page, their dashes lost: "10 a.m.1 p.m.", "36 p.m.". */
  private final boolean lostDashes;

  private int number;

  /** Dates without their year, which the letter's date gives ("Tuesday, 12 January"). */
  private boolean yearless;

  Sentences(Random random) {
    this.random = random;
    this.clock = Clocks.Form.any(random);
    this.from = random.nextBoolean();
    this.lostDashes = clock == Clocks.Form.DOTTED && random.nextInt(4) == 0;
    this.number = 1 + random.nextInt(10);
  }

  /**
   * Writes dates without their year from now on: a letter dated in December names "Tuesday, 12
   * January" for next year's meeting.
   */
  void withoutYears() {
    yearless = true;
  }

  private String day(LocalDate day) {
    return yearless ? Phrases.dateWithoutYear(day, random) : date(day, random);
  }

  String times(List<Slot> slots) {
    return Clocks.sittings(slots, clock, from, random);
  }

  /** A range in brackets or a cell: never "from ... to ...". */
  String shortTimes(List<Slot> slots) {
    if (lostDashes) {
      return String.join(
          " and ", slots.stream().map(slot -> Clocks.lostDash(slot, random)).toList());
    }
    return Clocks.sittings(slots, clock, false, random);
  }

  private String nextMeeting() {
    return ordinal(number++, random);
  }

  String convene(PlannedMeeting meeting, PlannedMeeting previous) {
    String ordinal = nextMeeting();
    String day = day(meeting.date());
    String about = willAddress(random) + " " + topic(meeting.clusters(), random);
    if (previous != null && meeting.sameTimeAndVenue(previous) && random.nextBoolean()) {
      String same =
          pick(
              random,
              "at the same time and venue",
              "at the same time and in the same venue",
              "at the same time and place",
              "in the same room and at the same time",
              "at the same hours and in the same room");
      return random.nextBoolean()
          ? "The "
              + ordinal
              + " meeting will take place on "
              + day
              + " "
              + same
              + ", and "
              + about
              + "."
          : "The "
              + ordinal
              + " informal meeting will be held on "
              + day
              + ", "
              + same
              + ". It "
              + about
              + ".";
    }
    String times = times(meeting.sittings());
    String room = in(meeting.venue().orElseThrow(), random);
    return switch (random.nextInt(6)) {
      case 4 ->
          // An invitation in one relative clause, the topic in the next sentence.
          "We are pleased to invite you to the "
              + ordinal
              + " informal meeting of the IGN, which will be held on "
              + day
              + " "
              + times
              + " "
              + room
              + ". The meeting "
              + about
              + ".";
      case 5 ->
          // The topic after a bare "on", as a convening sentence may end.
          "The meeting will take place on "
              + day
              + ", "
              + times
              + ", "
              + room
              + ", on "
              + topic(meeting.clusters(), random)
              + ".";
      case 0 ->
          "The "
              + ordinal
              + " informal meeting will be held on "
              + day
              + ", "
              + times
              + ", "
              + room
              + ", and "
              + about
              + ".";
      case 1 ->
          "The "
              + ordinal
              + " informal meeting of the plenary will take place on "
              + day
              + " "
              + times
              + " "
              + room
              + ". The meeting "
              + about
              + ".";
      case 2 ->
          "We are pleased to convene the "
              + ordinal
              + " informal meeting on "
              + day
              + ", "
              + times
              + ", "
              + room
              + "; it "
              + about
              + ".";
      default ->
          "On "
              + day
              + ", the "
              + ordinal
              + " informal meeting will be held "
              + room
              + " "
              + times
              + ", and "
              + about
              + ".";
    };
  }

  String spillOver(PlannedMeeting spill, PlannedMeeting parent) {
    String day = day(spill.date());
    String room =
        parent != null && spill.venue().equals(parent.venue()) && random.nextBoolean()
            ? random.nextBoolean() ? "in the same room" : "in the same venue"
            : in(spill.venue().orElseThrow(), random);
    List<Slot> slots = spill.sittings();
    if (slots.size() == 1 && random.nextBoolean()) {
      String part = slots.get(0).morning() ? "morning" : "afternoon";
      return "The "
          + part
          + " of "
          + day
          + " ("
          + shortTimes(slots)
          + ") is reserved for a possible spill-over, "
          + room
          + ".";
    }
    return switch (random.nextInt(3)) {
      case 0 ->
          day + " (" + shortTimes(slots) + ") is reserved for a possible spill-over " + room + ".";
      case 1 ->
          "Should more time be needed, "
              + day
              + ", "
              + times(slots)
              + ", "
              + room
              + ", is reserved for a possible spill-over.";
      default ->
          "A possible spill-over meeting is foreseen on "
              + day
              + ", "
              + times(slots)
              + ", "
              + room
              + ".";
    };
  }

  String cancel(PlannedMeeting meeting) {
    String day = day(meeting.date());
    return switch (random.nextInt(3)) {
      case 0 ->
          "Please note that the informal meeting previously scheduled for "
              + day
              + " has been cancelled.";
      case 1 -> "The meeting foreseen for " + day + " is cancelled.";
      default ->
          "The informal meeting planned for "
              + day
              + " has been cancelled and will not take place.";
    };
  }

  String move(PlannedMeeting meeting) {
    String was = day(meeting.movedFrom().orElseThrow());
    String now = day(meeting.date());
    String moved =
        switch (random.nextInt(5)) {
          case 4 -> "The informal meeting scheduled for " + was + " will now take place on " + now;
          case 0 ->
              "The "
                  + nextMeeting()
                  + " informal meeting, originally scheduled for "
                  + was
                  + ", has been rescheduled to "
                  + now;
          case 1 -> "The meeting originally scheduled for " + was + " has been moved to " + now;
          case 2 ->
              "The informal meeting originally planned for "
                  + was
                  + " will instead be held on "
                  + now;
          default ->
              "The "
                  + nextMeeting()
                  + " informal meeting, initially planned for "
                  + was
                  + ", has been postponed to "
                  + now;
        };
    if (meeting.sittings().isEmpty()) {
      return moved + ".";
    }
    String times = times(meeting.sittings());
    String room = in(meeting.venue().orElseThrow(), random);
    String about = willAddress(random) + " " + topic(meeting.clusters(), random);
    return moved
        + switch (random.nextInt(3)) {
          case 0 -> ". It will be held " + times + " " + room + " and " + about + ".";
          case 1 -> "; it will take place " + times + " " + room + " and " + about + ".";
          default -> ", " + times + ", " + room + ", and " + about + ".";
        };
  }
}
