package org.ignbot.core.letter.writer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Clock times the ways letters write them: 12-hour in several spellings and 24-hour. */
final class Clocks {
  /** One way of writing a time, kept for a whole letter as real letters do. */
  enum Form {
    DOTTED(" a.m.", " p.m.", "", true), // 10 a.m., 10.30 a.m., 12 noon
    PLAIN(" am", " pm", ":", true), // 10 am, 10:30 am
    COMPACT("am", "pm", ":", false), // 10:00am
    DOTTED_MINUTES(" a.m.", " p.m.", ".", false), // 10.00 a.m.
    COLON_MINUTES(" a.m.", " p.m.", ":", false), // 10:00 a.m.
    H24_COLON(null, null, ":", false), // 10:00
    H24_DOT(null, null, ".", false); // 10.00

    private final String am;
    private final String pm;
    private final String separator;
    private final boolean shortHours;

    Form(String am, String pm, String separator, boolean shortHours) {
      this.am = am;
      this.pm = pm;
      this.separator = separator;
      this.shortHours = shortHours;
    }

    boolean twelveHour() {
      return am != null;
    }

    static Form any(Random random) {
      return values()[random.nextInt(values().length)];
    }
  }

  private static final List<String> DASHES = List.of("–", "-", " – ", " - ", "–");

  private Clocks() {}

  static String time(LocalTime time, Form form, boolean meridiem, Random random) {
    int minute = time.getMinute();
    if (!form.twelveHour()) {
      return String.format("%02d%s%02d", time.getHour(), form.separator, minute);
    }
    if (time.equals(LocalTime.NOON) && form.shortHours && random.nextInt(3) > 0) {
      return random.nextBoolean() ? "12 noon" : "noon";
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    String separator = form.separator.isEmpty() ? "." : form.separator;
    String clock =
        minute == 0 && form.shortHours
            ? Integer.toString(hour)
            : hour + separator + String.format("%02d", minute);
    if (!meridiem) {
      return clock;
    }
    return clock + (time.getHour() < 12 ? form.am : form.pm);
  }

  /**
   * "from 10 a.m. to 1 p.m.", "from 10 a.m. until 1 p.m.", "between 10 a.m. and 1 p.m.",
   * "10:00–13:00", "from 3 to 6 pm".
   */
  static String range(Slot slot, Form form, boolean from, Random random) {
    boolean shared =
        form.twelveHour()
            && form.shortHours
            && slot.start().getMinute() == 0
            && slot.end().getMinute() == 0
            && slot.start().getHour() != 12
            && slot.end().getHour() != 12
            && (slot.start().getHour() < 12) == (slot.end().getHour() < 12)
            && random.nextBoolean();
    String start = time(slot.start(), form, !shared, random);
    String end = time(slot.end(), form, true, random);
    if (from) {
      return switch (random.nextInt(6)) {
        case 0 -> "from " + start + " until " + end;
        case 1 -> "between " + start + " and " + end;
        default -> "from " + start + " to " + end;
      };
    }
    return start + DASHES.get(random.nextInt(DASHES.size())) + end;
  }

  /** The sittings of one day in a sentence: "from 10 a.m. to 1 p.m. and from 3 to 6 p.m.". */
  static String sittings(List<Slot> slots, Form form, boolean from, Random random) {
    List<String> ranges = new ArrayList<>();
    for (Slot slot : slots) {
      ranges.add(range(slot, form, from, random));
    }
    return String.join(" and ", ranges);
  }

  /**
   * A sitting as the Journal reads after copying, its dash lost: "10 a.m.1 p.m.", "36 p.m." when
   * the meridiem is shared.
   */
  static String lostDash(Slot slot, Random random) {
    boolean shared =
        slot.start().getMinute() == 0
            && slot.end().getMinute() == 0
            && slot.start().getHour() > 12
            && random.nextInt(3) > 0;
    String end = time(slot.end(), Form.DOTTED, true, random);
    if (shared) {
      return time(slot.start(), Form.DOTTED, false, random) + end;
    }
    return time(slot.start(), Form.DOTTED, true, random) + end;
  }
}
