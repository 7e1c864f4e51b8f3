package org.ignbot.core.letter.writer;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A room at UN Headquarters, with the ways letters name it.
 *
 * @param name the full name, which the reader's venue must match
 * @param writtenAs the forms a letter may use for it, the full name first
 */
record Room(String name, List<String> writtenAs) {
  static final Room TRUSTEESHIP =
      new Room(
          "Trusteeship Council Chamber",
          List.of("Trusteeship Council Chamber", "Trusteeship Council"));
  static final Room ECOSOC =
      new Room(
          "Economic and Social Council Chamber",
          List.of("Economic and Social Council Chamber", "ECOSOC Chamber"));
  static final Room GA_HALL = new Room("General Assembly Hall", List.of("General Assembly Hall"));

  Room {
    writtenAs = List.copyOf(writtenAs);
    if (writtenAs.isEmpty() || !writtenAs.get(0).equals(name)) {
      throw new IllegalArgumentException("a room is written first by its full name: " + name);
    }
  }

  static Room conference(int number) {
    if (number < 1 || number > 12) {
      throw new IllegalArgumentException("Conference Rooms are numbered 1 to 12: " + number);
    }
    return new Room("Conference Room " + number, List.of("Conference Room " + number));
  }

  /** The Trusteeship Council Chamber half the time, as the IGN usually meets there. */
  static Room any(Random random) {
    return switch (random.nextInt(8)) {
      case 0, 1, 2, 3 -> TRUSTEESHIP;
      case 4 -> ECOSOC;
      case 5 -> GA_HALL;
      default -> conference(1 + random.nextInt(12));
    };
  }

  String written(Random random) {
    return writtenAs.get(random.nextInt(writtenAs.size()));
  }

  /** Whether a venue the reader gave is this room (by its full name or a form of it). */
  boolean isNamedBy(String venue) {
    String folded = venue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (String form : writtenAs) {
      String wanted = form.toLowerCase(Locale.ROOT);
      if (Pattern.compile("\\b" + Pattern.quote(wanted) + "\\b").matcher(folded).find()) {
        return true;
      }
    }
    return false;
  }
}
