package org.ignbot.core.letter.writer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ignbot.core.letter.writer.LetterPlan.Defaults;
import org.ignbot.core.letter.writer.LetterPlan.OtherMeeting;

/** Draws the schedule a random letter states, shaped by the letter's style. */
final class ScheduleGenerator {
  private static final List<String> OTHER_BODIES =
      List.of(
          "Fifth Committee",
          "Sixth Committee",
          "Security Council",
          "Committee on Information",
          "Special Committee on Peacekeeping Operations",
          "Committee on Contributions",
          "Peacebuilding Commission");
  private static final List<String> OTHER_ROOMS =
      List.of(
          "Conference Room 3",
          "Conference Room 2",
          "Security Council Chamber",
          "Conference Room 11");

  private final Random random;
  private final Set<LocalDate> used = new HashSet<>();

  private ScheduleGenerator(Random random) {
    this.random = random;
  }

  static LetterPlan plan(long seed, Style style, Format format, Random random) {
    return new ScheduleGenerator(random).plan(seed, style, format);
  }

  private LetterPlan plan(long seed, Style style, Format format) {
    int year = 2024 + random.nextInt(5);
    LocalDate first = working(LocalDate.of(year, 10, 6).plusDays(random.nextInt(210)));
    return switch (style) {
      case PROSE -> prose(seed, format, first, 1 + random.nextInt(5), true);
      case EMAIL -> email(seed, format, first);
      case TABLE -> table(seed, format, first);
      case PROGRAMME -> programme(seed, format, year);
      case JOURNAL -> journal(seed, format, first);
      case RESCHEDULE -> reschedule(seed, format, first);
    };
  }

  /** A table letter of {@code count} meetings, for a long letter (the benchmark's). */
  static LetterPlan longTable(long seed, Format format, Random random, int count) {
    ScheduleGenerator generator = new ScheduleGenerator(random);
    LocalDate first = working(LocalDate.of(2025, 10, 6).plusDays(random.nextInt(20)));
    LocalDate letterDate = generator.letterDateBefore(first);
    List<PlannedMeeting> meetings = new ArrayList<>();
    LocalDate day = first;
    for (int i = 0; i < count; i++) {
      day = generator.free(day);
      generator.used.add(day);
      meetings.add(
          PlannedMeeting.convened(
              day, Slot.day(random), Room.any(random), Phrases.clusters(random)));
      day = day.plusDays(1 + random.nextInt(3));
    }
    return LetterPlan.of(seed, Style.TABLE, format, Optional.of(letterDate), meetings);
  }

  private LetterPlan prose(long seed, Format format, LocalDate first, int count, boolean changes) {
    LocalDate letterDate = letterDateBefore(first);
    List<PlannedMeeting> meetings = convene(first, count, 0.5, 0.3);
    if (changes && random.nextInt(5) == 0) {
      meetings.add(PlannedMeeting.cancelled(freeDayAfter(letterDate)));
    }
    if (changes && random.nextInt(5) == 0) {
      meetings.add(moved(letterDate, true));
    }
    Optional<LocalDate> dated = random.nextInt(4) > 0 ? Optional.of(letterDate) : Optional.empty();
    return LetterPlan.of(seed, Style.PROSE, format, dated, meetings);
  }

  private LetterPlan email(long seed, Format format, LocalDate first) {
    LetterPlan body = prose(seed, format, first, 1 + random.nextInt(3), false);
    LocalDate sent =
        body.letterDate().isPresent() && random.nextBoolean()
            ? body.letterDate().get()
            : letterDateBefore(first);
    return new LetterPlan(
        seed,
        Style.EMAIL,
        format,
        body.letterDate(),
        Optional.of(sent),
        Optional.empty(),
        body.meetings(),
        List.of(),
        Optional.empty());
  }

  private LetterPlan table(long seed, Format format, LocalDate first) {
    LocalDate letterDate = letterDateBefore(first);
    return LetterPlan.of(
        seed,
        Style.TABLE,
        format,
        Optional.of(letterDate),
        convene(first, 1 + random.nextInt(8), 0.6, 0.25));
  }

  private LetterPlan programme(long seed, Format format, int year) {
    // Letters sent in autumn list meetings into the next calendar year, dates without years.
    LocalDate letterDate = working(LocalDate.of(year, 9, 20).plusDays(random.nextInt(85)));
    used.add(letterDate);
    LocalDate first = working(letterDate.plusDays(10 + random.nextInt(60)));
    Defaults defaults =
        new Defaults(
            random.nextInt(4) > 0 ? List.of(Slot.MORNING, Slot.AFTERNOON) : Slot.day(random),
            random.nextInt(4) > 0 ? Room.TRUSTEESHIP : Room.any(random));
    List<PlannedMeeting> meetings = new ArrayList<>();
    LocalDate day = first;
    int count = 2 + random.nextInt(7);
    for (int i = 0; i < count; i++) {
      day = free(day);
      used.add(day);
      List<Slot> sittings =
          random.nextInt(5) == 0 ? List.of(Slot.day(random).get(0)) : defaults.sittings();
      Room room = random.nextInt(4) == 0 ? Room.any(random) : defaults.room();
      if (random.nextInt(6) == 0 && i > 0) {
        meetings.add(PlannedMeeting.spillOver(day, List.of(Slot.morning(random)), room));
      } else {
        meetings.add(PlannedMeeting.convened(day, sittings, room, Phrases.clusters(random)));
      }
      day = day.plusDays(1 + random.nextInt(30));
    }
    return new LetterPlan(
        seed,
        Style.PROGRAMME,
        format,
        Optional.of(letterDate),
        Optional.empty(),
        Optional.empty(),
        meetings,
        List.of(),
        Optional.of(defaults));
  }

  private LetterPlan journal(long seed, Format format, LocalDate first) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate day = first;
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      days.add(day);
      day = working(day.plusDays(1));
    }
    List<PlannedMeeting> meetings = new ArrayList<>();
    List<OtherMeeting> others = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      boolean ign = i == 0 || random.nextInt(5) < 2;
      if (ign) {
        meetings.add(
            PlannedMeeting.convened(
                days.get(i), Slot.day(random), Room.any(random), Phrases.clusters(random)));
      }
      if (!ign || random.nextInt(3) == 0) {
        others.add(
            new OtherMeeting(
                days.get(i),
                Phrases.pick(random, OTHER_BODIES),
                random.nextBoolean() ? Slot.MORNING : Slot.AFTERNOON,
                Phrases.pick(random, OTHER_ROOMS)));
      }
    }
    return new LetterPlan(
        seed,
        Style.JOURNAL,
        format,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        meetings,
        others,
        Optional.empty());
  }

  private LetterPlan reschedule(long seed, Format format, LocalDate first) {
    LocalDate referred = letterDateBefore(first.minusDays(10));
    LocalDate letterDate = working(referred.plusDays(3 + random.nextInt(10)));
    used.add(letterDate);
    List<PlannedMeeting> meetings = new ArrayList<>();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      if (random.nextInt(3) == 0) {
        meetings.add(PlannedMeeting.cancelled(freeDayAfter(letterDate)));
      } else {
        meetings.add(moved(letterDate, random.nextInt(3) > 0));
      }
    }
    if (random.nextInt(4) == 0) {
      LocalDate day = freeDayAfter(letterDate);
      used.add(day);
      meetings.add(
          PlannedMeeting.convened(
              day, Slot.day(random), Room.any(random), Phrases.clusters(random)));
    }
    return new LetterPlan(
        seed,
        Style.RESCHEDULE,
        format,
        random.nextBoolean() ? Optional.of(letterDate) : Optional.empty(),
        Optional.empty(),
        Optional.of(referred),
        meetings,
        List.of(),
        Optional.empty());
  }

  /** Meetings from {@code first} on, each maybe in the previous one's time and room. */
  private List<PlannedMeeting> convene(LocalDate first, int count, double repeat, double spill) {
    List<PlannedMeeting> meetings = new ArrayList<>();
    LocalDate day = first;
    PlannedMeeting previous = null;
    for (int i = 0; i < count; i++) {
      day = free(day);
      used.add(day);
      List<Slot> sittings;
      Room room;
      if (previous != null && random.nextDouble() < repeat) {
        sittings = previous.sittings();
        room = previous.venue().orElseThrow();
      } else {
        sittings = Slot.day(random);
        room = Room.any(random);
      }
      PlannedMeeting meeting =
          PlannedMeeting.convened(day, sittings, room, Phrases.clusters(random));
      meetings.add(meeting);
      previous = meeting;
      LocalDate next = working(day.plusDays(1));
      if (random.nextDouble() < spill && !used.contains(next)) {
        used.add(next);
        List<Slot> spilled =
            random.nextBoolean() ? List.of(Slot.morning(random)) : Slot.day(random);
        meetings.add(
            PlannedMeeting.spillOver(
                next, spilled, random.nextInt(3) > 0 ? room : Room.any(random)));
        day = next;
      }
      day = day.plusDays(1 + random.nextInt(16));
    }
    return meetings;
  }

  /** A meeting moved from one day to another, after the letter; with its new details or not. */
  private PlannedMeeting moved(LocalDate letterDate, boolean details) {
    LocalDate from = freeDayAfter(letterDate);
    used.add(from);
    LocalDate to = freeDayAfter(random.nextBoolean() ? from : letterDate);
    used.add(to);
    PlannedMeeting meeting =
        details
            ? PlannedMeeting.convened(
                to, Slot.day(random), Room.any(random), Phrases.clusters(random))
            : new PlannedMeeting(
                to, List.of(), false, Optional.empty(), Set.of(), Optional.empty(), false);
    return meeting.movedFrom(from);
  }

  private LocalDate freeDayAfter(LocalDate day) {
    LocalDate free = free(day.plusDays(1 + random.nextInt(40)));
    used.add(free);
    return free;
  }

  private LocalDate letterDateBefore(LocalDate first) {
    LocalDate date = working(first.minusDays(5 + random.nextInt(35)));
    while (used.contains(date) || weekend(date) || holiday(date)) {
      date = date.minusDays(1);
    }
    used.add(date);
    return date;
  }

  private LocalDate free(LocalDate day) {
    LocalDate free = working(day);
    while (used.contains(free)) {
      free = working(free.plusDays(1));
    }
    return free;
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The day itself, or the next working day after a weekend or a UN Headquarters holiday. */
  private static LocalDate working(LocalDate day) {
    LocalDate working = day;
    while (weekend(working) || holiday(working)) {
      working = working.plusDays(1);
    }
    return working;
  }

  /** Christmas to New Year, and Thanksgiving (the fourth Thursday of November). */
  private static boolean holiday(LocalDate day) {
    boolean yearEnd =
        day.getMonthValue() == 12 && day.getDayOfMonth() >= 24
            || day.getMonthValue() == 1 && day.getDayOfMonth() == 1;
    boolean thanksgiving =
        day.getMonthValue() == 11
            && day.getDayOfWeek() == DayOfWeek.THURSDAY
            && (day.getDayOfMonth() - 1) / 7 == 3;
    return yearEnd || thanksgiving;
  }
}
