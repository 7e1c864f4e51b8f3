package org.ignbot.core.letter.writer;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/** One sitting's clock times, as a letter states them (New York time). */
record Slot(LocalTime start, LocalTime end) {
  static final Slot MORNING = new Slot(LocalTime.of(10, 0), LocalTime.of(13, 0));
  static final Slot AFTERNOON = new Slot(LocalTime.of(15, 0), LocalTime.of(18, 0));

  private static final List<Slot> OTHER_MORNINGS =
      List.of(
          new Slot(LocalTime.of(10, 0), LocalTime.of(12, 0)),
          new Slot(LocalTime.of(11, 0), LocalTime.of(13, 0)),
          new Slot(LocalTime.of(10, 30), LocalTime.of(13, 0)),
          new Slot(LocalTime.of(10, 0), LocalTime.of(12, 30)));
  private static final List<Slot> OTHER_AFTERNOONS =
      List.of(
          new Slot(LocalTime.of(15, 0), LocalTime.of(17, 30)),
          new Slot(LocalTime.of(15, 0), LocalTime.of(17, 0)),
          new Slot(LocalTime.of(16, 0), LocalTime.of(18, 0)),
          new Slot(LocalTime.of(14, 30), LocalTime.of(17, 30)));

  Slot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a sitting ends after it starts: " + start + "-" + end);
    }
  }

  /** Mostly the usual 10 to 1, sometimes another plausible morning. */
  static Slot morning(Random random) {
    return random.nextInt(4) > 0
        ? MORNING
        : OTHER_MORNINGS.get(random.nextInt(OTHER_MORNINGS.size()));
  }

  /** Mostly the usual 3 to 6, sometimes another plausible afternoon. */
  static Slot afternoon(Random random) {
    return random.nextInt(4) > 0
        ? AFTERNOON
        : OTHER_AFTERNOONS.get(random.nextInt(OTHER_AFTERNOONS.size()));
  }

  /** One or two sittings: a morning and an afternoon, or either alone. */
  static List<Slot> day(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> List.of(morning(random));
      case 1 -> List.of(afternoon(random));
      default -> List.of(morning(random), afternoon(random));
    };
  }

  boolean morning() {
    return start.getHour() < 12;
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
