package org.ignbot.core.letter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rooms at UN Headquarters, by their full names and the short forms letters use. */
final class Venues {
  /** A room found in text, and where. */
  record Found(String name, int start, int end) {}

  private record Room(Pattern pattern, String name) {}

  private static final List<Room> ROOMS =
      List.of(
          room("trusteeship\\s+council(?:\\s+chamber)?|\\bTCC\\b", "Trusteeship Council Chamber"),
          room("general\\s+assembly\\s+hall|\\bGA\\s+hall", "General Assembly Hall"),
          room(
              "economic\\s+and\\s+social\\s+council(?:\\s+chamber)?|\\bECOSOC(?:\\s+chamber)?",
              "Economic and Social Council Chamber"),
          room("security\\s+council\\s+chamber", "Security Council Chamber"));
  private static final Pattern CONFERENCE_ROOM =
      Pattern.compile(
          "conference\\s+room\\s+(\\d{1,2})\\b|\\bCR\\s?(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);

  private Venues() {}

  /** The first room named in {@code text}. */
  static Optional<Found> find(String text) {
    Found best = null;
    for (Room room : ROOMS) {
      Matcher matcher = room.pattern().matcher(text);
      if (matcher.find() && (best == null || matcher.start() < best.start())) {
        best = new Found(room.name(), matcher.start(), matcher.end());
      }
    }
    Matcher conference = CONFERENCE_ROOM.matcher(text);
    if (conference.find() && (best == null || conference.start() < best.start())) {
      String number = conference.group(1) != null ? conference.group(1) : conference.group(2);
      best = new Found("Conference Room " + number, conference.start(), conference.end());
    }
    return Optional.ofNullable(best);
  }

  private static Room room(String regex, String name) {
    return new Room(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), name);
  }
}
